"""Read an article file (plain text or HTML) into an :class:`Article`."""

from __future__ import annotations

from pathlib import Path

from .articles import Article, ArticleError, load_text
from .html_ingest import load_html

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm"}


def load_article_file(path: Path, article_id: str, **meta: str) -> Article:
    """Load ``path`` as an article; a clear :class:`ArticleError` names the file if it cannot be."""
    source = str(path)
    try:
        raw_bytes = path.read_bytes()
    except FileNotFoundError:
        raise ArticleError(source, "file not found") from None
    try:
        raw = raw_bytes.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ArticleError(source, f"not UTF-8 text (byte {error.start})") from None
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return load_text(raw, article_id, source_file=path.name, **meta)
    if suffix in HTML_SUFFIXES:
        return load_html(raw, article_id, source_file=path.name, **meta)
    raise ArticleError(source, f"unsupported file type '{suffix}'; use .txt or .html")
