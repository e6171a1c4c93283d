"""Turn articles into a validated draft bank file: shared by the command line and the browser."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from quizapp.banks_store import write_atomically
from quizapp.core.analysis import analyse
from quizapp.core.articles import Article
from quizapp.core.bank import BankResult, parse_bank
from quizapp.core.generate import generate_bank_yaml
from quizapp.core.library import load_library


class DraftExists(FileExistsError):
    """The draft file is already there and overwriting was not asked for."""


def write_draft_bank(
    articles: Sequence[Article],
    *,
    bank_id: str,
    title: str,
    output: Path,
    library_root: Path,
    sources: Sequence[str] | None = None,
    force: bool = False,
) -> BankResult:
    """Generate a draft bank about ``articles``, check it, and only then write ``output``.

    The articles must already be in the library at ``library_root`` (with their library
    ids), so that the bank's evidence quotes validate against them.
    """
    if output.exists() and not force:
        raise DraftExists(str(output))
    analyses = [analyse(article) for article in articles]
    text = generate_bank_yaml(
        list(articles), analyses, bank_id=bank_id, title=title, sources=sources
    )
    result = parse_bank(text, str(output), load_library(library_root).texts())
    if result.ok:
        write_atomically(output, text)
    return result
