"""Save an edited bank: validate first, then write the file atomically and update the database."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from sqlalchemy.orm import Session

from quizapp.content import store_bank
from quizapp.core.bank import BankResult, parse_bank
from quizapp.core.library import load_library
from quizapp.core.yamlio import Problem


class BankFileChanged(Exception):
    """The file on disk changed after the editor opened it; saving would lose that change."""


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def bank_path(questions_dir: Path, source_path: str | None, bank_id: str) -> Path:
    """Where a bank lives: its recorded file if inside the questions folder, else <id>.yaml."""
    root = questions_dir.resolve()
    if source_path:
        path = Path(source_path).resolve()
        if path.is_relative_to(root):
            return path
    return root / f"{bank_id}.yaml"


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` so that readers see the old file or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def save_bank_text(
    session: Session,
    *,
    text: str,
    path: Path,
    articles_dir: Path,
    expected_id: str | None,
    base_hash: str | None,
    display_name: str,
) -> BankResult:
    """Validate ``text``; when it is valid, write it to ``path`` and store it.

    Nothing is written when there is any problem, when the bank id would change, or when
    the file changed on disk since ``base_hash`` was taken.
    """
    library = load_library(articles_dir)
    result = parse_bank(text, display_name, library.texts())
    if not result.ok or result.bank is None:
        return result
    if expected_id is not None and result.bank.id != expected_id:
        message = f"the bank id must stay '{expected_id}' (to make a new bank, copy the file)"
        result.problems.append(Problem(display_name, 1, 1, message))
        result.bank = None
        return result
    current = path.read_text(encoding="utf-8") if path.exists() else ""
    if base_hash is not None and text_hash(current) != base_hash:
        raise BankFileChanged(str(path))
    result.bank.source = str(path)
    store_bank(session, result.bank)
    session.flush()
    write_atomically(path, text)
    session.commit()
    return result
