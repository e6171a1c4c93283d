"""The analyze and generate commands, on copies of the seed library."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from quizapp.core.library import MANIFEST_NAME

ROOT = Path(__file__).resolve().parent.parent
SEED_FILES = sorted((ROOT / "seeds").glob("*.txt"))
GOLD_FILES = [ROOT / "tests" / "gold" / "flood.txt", ROOT / "tests" / "gold" / "school-board.html"]


@pytest.fixture
def library(app, tmp_path: Path) -> Path:
    root = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", root)
    app.config["ARTICLES_DIR"] = str(root)
    return root


def test_analyze_json_spans_index_the_text(runner) -> None:
    result = runner.invoke(args=["analyze", "--json", *map(str, SEED_FILES)])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert len(document["articles"]) == 3
    spans = 0
    for article in document["articles"]:
        text = article["text"]
        for key in ("attributions", "cause_claims", "writer_claims", "quantities"):
            for item in article[key]:
                assert text[item["start"] : item["end"]] == item["text"]
                spans += 1
        for item in article["loaded_language"]:
            assert text[item["start"] : item["end"]] == item["term"]
            assert item["voice"] in {"writer", "quote"}
            spans += 1
    assert spans > 50
    texts = {a["id"]: a["text"] for a in document["articles"]}
    assert document["disagreements"]
    for disagreement in document["disagreements"]:
        for item in disagreement["items"]:
            assert texts[item["article"]][item["start"] : item["end"]] == item["text"]
    assert "analysed 3/3" in result.stderr


def test_analyze_summary_is_readable(runner) -> None:
    result = runner.invoke(args=["analyze", str(GOLD_FILES[0])])
    assert result.exit_code == 0, result.output
    assert "Linda Ortiz" in result.stdout and "cause" in result.stdout


def test_bad_files_are_named_skipped_and_exit_1(runner, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    broken = tmp_path / "broken.html"
    broken.write_text("<html><body><div></div></body></html>")
    result = runner.invoke(args=["analyze", "--json", str(empty), str(GOLD_FILES[0]), str(broken)])
    assert result.exit_code == 1
    assert "empty.txt" in result.stderr and "broken.html" in result.stderr
    document = json.loads(result.stdout)
    assert [a["title"] for a in document["articles"]] == [
        "Riverside flood forces hundreds from homes"
    ]


def test_generate_writes_a_bank_that_validate_accepts(runner, library: Path, tmp_path: Path):
    output = tmp_path / "drafts" / "local.yaml"
    result = runner.invoke(
        args=["generate", *map(str, GOLD_FILES), "-o", str(output), "--title", "Local news"]
    )
    assert result.exit_code == 0, result.output
    assert output.exists()
    assert "attribution" in result.stdout and "draft questions" in result.stdout
    assert "riverside-flood-forces-hundreds-from-homes" in (library / MANIFEST_NAME).read_text()
    checked = runner.invoke(args=["validate", str(output)])
    assert checked.exit_code == 0, checked.output
    assert "All 1 banks are valid." in checked.output


def test_generate_reuses_seed_articles_and_refuses_to_overwrite(
    runner, library: Path, tmp_path: Path
):
    before = (library / MANIFEST_NAME).read_text()
    output = tmp_path / "walrus.yaml"
    args = ["generate", *map(str, SEED_FILES), "-o", str(output)]
    result = runner.invoke(args=args)
    assert result.exit_code == 0, result.output
    assert (library / MANIFEST_NAME).read_text() == before
    assert "radio-times-2019-04-10" in output.read_text()
    again = runner.invoke(args=args)
    assert again.exit_code != 0
    assert "--force" in again.output
    forced = runner.invoke(args=[*args, "--force"])
    assert forced.exit_code == 0, forced.output


def test_generate_with_a_broken_file_names_it(runner, library: Path, tmp_path: Path):
    broken = tmp_path / "broken.html"
    broken.write_text("")
    output = tmp_path / "out.yaml"
    result = runner.invoke(args=["generate", str(broken), str(GOLD_FILES[0]), "-o", str(output)])
    assert result.exit_code == 1
    assert "broken.html" in result.stderr
    assert output.exists()
