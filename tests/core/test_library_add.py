"""Adding an article to the library: the file is copied, the manifest keeps its comments."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from quizapp.core.ingest import load_article_file
from quizapp.core.library import MANIFEST_NAME, add_to_library, article_id_for, load_library

ROOT = Path(__file__).resolve().parent.parent.parent
FLOOD = ROOT / "tests" / "gold" / "flood.txt"
SCHOOL = ROOT / "tests" / "gold" / "school-board.html"


@pytest.fixture
def library(tmp_path: Path) -> Path:
    root = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", root)
    return root


def _load(path: Path):
    article = load_article_file(path, "article")
    article.id = article_id_for(article)
    return article


def test_ids_come_from_publisher_and_date_else_the_title() -> None:
    assert _load(SCHOOL).id == "valley-courier-2024-05-14"
    assert _load(FLOOD).id == "riverside-flood-forces-hundreds-from-homes"


def test_copy_and_append_keeps_comments_and_entries(library: Path) -> None:
    before = (library / MANIFEST_NAME).read_text(encoding="utf-8")
    article_id = add_to_library(library, SCHOOL, _load(SCHOOL))
    after = (library / MANIFEST_NAME).read_text(encoding="utf-8")
    assert article_id == "valley-courier-2024-05-14"
    assert after.startswith(before.rstrip("\n"))  # comments and old entries untouched
    assert "# The article library" in after
    assert (library / "school-board.html").read_bytes() == SCHOOL.read_bytes()
    loaded = load_library(library)
    assert loaded.problems == []
    stored = loaded.articles[article_id]
    assert stored.text == _load(SCHOOL).text
    assert stored.publisher == "Valley Courier" and stored.published == "2024-05-14"


def test_same_text_reuses_its_id(library: Path) -> None:
    seed = library / "000_decf5a14f812ca40.txt"
    before = (library / MANIFEST_NAME).read_text(encoding="utf-8")
    assert add_to_library(library, seed, _load(seed)) == "radio-times-2019-04-10"
    assert (library / MANIFEST_NAME).read_text(encoding="utf-8") == before
    first = add_to_library(library, FLOOD, _load(FLOOD))
    assert add_to_library(library, FLOOD, _load(FLOOD)) == first
    assert len(load_library(library).articles) == 4


def test_id_and_file_name_clashes_get_new_names(library: Path, tmp_path: Path) -> None:
    add_to_library(library, FLOOD, _load(FLOOD))
    other = tmp_path / "elsewhere" / "flood.txt"
    other.parent.mkdir()
    other.write_text(FLOOD.read_text(encoding="utf-8").replace("300", "400"), encoding="utf-8")
    article = _load(other)
    assert article.id == "riverside-flood-forces-hundreds-from-homes"
    article_id = add_to_library(library, other, article)
    assert article_id == "riverside-flood-forces-hundreds-from-homes-2"
    assert (library / "flood.txt").read_bytes() == FLOOD.read_bytes()
    assert (library / "flood-2.txt").read_bytes() == other.read_bytes()
    loaded = load_library(library)
    assert loaded.problems == []
    assert "400" in loaded.articles[article_id].text


def test_written_atomically(library: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = (library / MANIFEST_NAME).read_text(encoding="utf-8")
    files_before = sorted(p.name for p in library.iterdir())
    real_replace = os.replace

    def failing_replace(source, target):
        if str(target).endswith(MANIFEST_NAME):
            raise OSError("disk full")
        return real_replace(source, target)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError):
        add_to_library(library, FLOOD, _load(FLOOD))
    assert (library / MANIFEST_NAME).read_text(encoding="utf-8") == before
    leftovers = [p.name for p in library.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []
    assert set(files_before) <= {p.name for p in library.iterdir()}


def test_new_library_folder_gets_a_manifest(tmp_path: Path) -> None:
    root = tmp_path / "new"
    article_id = add_to_library(root, FLOOD, _load(FLOOD))
    assert load_library(root).articles[article_id].text == _load(FLOOD).text
