"""The flask commands: validate and seed, with clear messages and honest exit codes."""

from pathlib import Path

from sqlalchemy import select

from quizapp.db import db
from quizapp.models import BankRecord, QuestionRecord
from tests.support import DATA

BANK = (DATA / "banks" / "test-mini.yaml").read_text()


def test_validate_default_folder_passes(runner):
    result = runner.invoke(args=["validate"])
    assert result.exit_code == 0, result.output
    assert "banks are valid" in result.output


def test_validate_reports_file_line_and_exits_nonzero(runner, tmp_path: Path):
    broken = tmp_path / "broken.yaml"
    broken.write_text(BANK.replace("        correct: true\n", "", 1))
    result = runner.invoke(args=["validate", str(broken)])
    assert result.exit_code == 1
    assert f"{broken}:15:7: choice list has no correct answer" in result.output


def test_validate_bad_indentation(runner, tmp_path: Path):
    broken = tmp_path / "indent.yaml"
    broken.write_text(BANK.replace("    skill: cause", "   skill: cause", 1))
    result = runner.invoke(args=["validate", str(broken)])
    assert result.exit_code == 1
    assert f"{broken}:11:4: this line is indented differently" in result.output


def test_validate_broken_quote_names_the_article(runner, tmp_path: Path):
    broken = tmp_path / "quote.yaml"
    broken.write_text(
        BANK.replace("trying to escape a polar bear attack.", "fleeing a polar bear.")
    )
    result = runner.invoke(args=["validate", str(broken)])
    assert result.exit_code == 1
    assert "quote not found in our-planet-backlash" in result.output
    assert "closest passage" in result.output


def test_validate_empty_folder_is_an_error(runner, tmp_path: Path):
    result = runner.invoke(args=["validate", str(tmp_path)])
    assert result.exit_code == 1
    assert "No .yaml files found" in result.output


def test_seed_keeps_the_stored_bank_when_the_file_is_broken(app, runner, tmp_path: Path):
    (tmp_path / "test-mini.yaml").write_text(
        BANK.replace("title: Test mini bank", "title: [broken")
    )
    app.config["QUESTIONS_DIR"] = str(tmp_path)
    result = runner.invoke(args=["seed"])
    assert result.exit_code == 1
    assert "skipped" in result.output and "stored version, if any, is kept" in result.output
    with app.app_context():
        assert db.session.get(BankRecord, "test-mini").title == "Test mini bank"


def test_seed_updates_and_retires_removed_questions(app, runner, tmp_path: Path):
    edited = BANK.replace("title: Test mini bank", "title: Renamed bank")
    edited = edited.split("  - id: draft-only")[0]
    (tmp_path / "test-mini.yaml").write_text(edited)
    app.config["QUESTIONS_DIR"] = str(tmp_path)
    result = runner.invoke(args=["seed"])
    assert result.exit_code == 0, result.output
    with app.app_context():
        assert db.session.get(BankRecord, "test-mini").title == "Renamed bank"
        statuses = dict(
            db.session.execute(
                select(QuestionRecord.key, QuestionRecord.status).where(
                    QuestionRecord.bank_id == "test-mini"
                )
            ).all()
        )
    assert statuses["draft-only"] == "retired"
    assert statuses["lanfear-cause"] == "approved"
