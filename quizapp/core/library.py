"""The article library: a folder of article files and a manifest of their provenance."""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass, field
from io import StringIO
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from .articles import Article, ArticleError, slugify
from .ingest import load_article_file
from .yamlio import Problem, YamlProblem, load_yaml, position_of_item, position_of_key

MANIFEST_NAME = "articles.yaml"
PROVENANCE_FIELDS = ("title", "publisher", "published", "byline", "kind", "url", "notes")


@dataclass
class Library:
    """Articles by id, with the problems met while loading the manifest."""

    root: Path
    articles: dict[str, Article] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def __contains__(self, article_id: str) -> bool:
        return article_id in self.articles

    def texts(self) -> dict[str, str]:
        return {article_id: article.text for article_id, article in self.articles.items()}


def load_library(root: Path) -> Library:
    """Load every article the manifest in ``root`` lists; report bad entries, skip them."""
    library = Library(root=root)
    manifest_path = root / MANIFEST_NAME
    source = str(manifest_path)
    if not manifest_path.exists():
        library.problems.append(Problem(source, 1, 1, "article manifest not found"))
        return library
    try:
        data = load_yaml(manifest_path.read_text(encoding="utf-8"), source)
    except YamlProblem as error:
        library.problems.append(error.problem)
        return library
    entries = data.get("articles") if isinstance(data, CommentedMap) else None
    if not isinstance(entries, list):
        line, column = position_of_key(data)
        library.problems.append(Problem(source, line, column, "expected a list under 'articles:'"))
        return library
    for index, entry in enumerate(entries):
        line, column = position_of_item(entries, index)
        if not isinstance(entry, CommentedMap) or "id" not in entry or "file" not in entry:
            message = "each article needs an 'id' and a 'file'"
            library.problems.append(Problem(source, line, column, message))
            continue
        article_id = str(entry["id"])
        if article_id in library.articles:
            message = f"article id '{article_id}' is listed twice"
            library.problems.append(Problem(source, line, column, message))
            continue
        meta = {k: str(entry[k]) for k in PROVENANCE_FIELDS if entry.get(k) is not None}
        try:
            library.articles[article_id] = load_article_file(
                root / str(entry["file"]), article_id, **meta
            )
        except (ArticleError, OSError) as error:
            library.problems.append(Problem(source, line, column, str(error)))
    return library


# --- Adding articles ----------------------------------------------------------------


def article_id_for(article: Article) -> str:
    """A readable id: publisher and date when known, else the title or the first words."""
    if article.publisher:
        base = slugify(" ".join(p for p in (article.publisher, article.published) if p))
        if base:
            return base
    title = article.title or article.display_title()
    base = slugify(" ".join(title.split()[:8]))
    return base or "article"


def _manifest_yaml() -> YAML:
    # Round trip, keeping comments and quoting, and never re-wrapping long lines.
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def _write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, then move it into place in one step."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _free_file_name(root: Path, name: str, content: bytes) -> tuple[str, bool]:
    """A file name in ``root`` for ``content``: (name, already there with the same bytes)."""
    stem, suffix = Path(name).stem, Path(name).suffix
    candidate, n = name, 2
    while (root / candidate).exists():
        if (root / candidate).read_bytes() == content:
            return candidate, True
        candidate, n = f"{stem}-{n}{suffix}", n + 1
    return candidate, False


def add_to_library(root: Path, source_path: Path, article: Article) -> str:
    """Store ``article`` (loaded from ``source_path``) in the library in ``root``; its id.

    An article whose text is already in the library keeps the id it has there.  Otherwise
    the file is copied in (under a new name if a different file has its name) and an
    entry with its provenance is appended to the manifest, keeping the manifest's comments.
    An id taken by a different text gets ``-2``, ``-3``...  Each file is written whole or
    not at all (a temporary file, then ``os.replace``).
    """
    root.mkdir(parents=True, exist_ok=True)
    existing = load_library(root) if (root / MANIFEST_NAME).exists() else Library(root=root)
    for article_id, known in existing.articles.items():
        if known.text == article.text:
            return article_id

    manifest_path = root / MANIFEST_NAME
    yaml = _manifest_yaml()
    data = yaml.load(manifest_path.read_text(encoding="utf-8")) if manifest_path.exists() else None
    if not isinstance(data, CommentedMap):
        data = CommentedMap()
    entries = data.get("articles")
    if not isinstance(entries, CommentedSeq):
        entries = CommentedSeq()
        data["articles"] = entries
    taken = {str(e.get("id")) for e in entries if isinstance(e, CommentedMap)}

    base = article.id if article.id and article.id == slugify(article.id) else ""
    base = base or article_id_for(article)
    article_id, n = base, 2
    while article_id in taken:
        article_id, n = f"{base}-{n}", n + 1

    content = source_path.read_bytes()
    file_name, present = _free_file_name(root, source_path.name, content)
    if not present:
        _write_atomically(root / file_name, content)

    entry = CommentedMap()
    entry["id"] = article_id
    entry["file"] = file_name
    for key in PROVENANCE_FIELDS:
        value = getattr(article, key, None)
        if key == "title" and not value:
            value = article.display_title()
        if value:
            entry[key] = str(value)
    entries.append(entry)
    stream = StringIO()
    yaml.dump(data, stream)
    _write_atomically(manifest_path, stream.getvalue().encode("utf-8"))
    return article_id
