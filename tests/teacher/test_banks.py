"""Editing a bank's YAML in the browser: validated first, written atomically, history kept."""

import re
import shutil

import pytest
from sqlalchemy import select

from quizapp.models import QuestionRecord, QuestionVersion
from tests.support import DATA, csrf_token, gen_teacher, login_teacher

EDIT = "/teacher/banks/test-mini/edit"


@pytest.fixture
def bank_file(app, tmp_path):
    """A private copy of the test bank, recorded in the database as its source."""
    from quizapp.db import db
    from quizapp.models import BankRecord

    questions = tmp_path / "questions"
    questions.mkdir()
    path = questions / "test-mini.yaml"
    shutil.copy(DATA / "banks" / "test-mini.yaml", path)
    app.config["QUESTIONS_DIR"] = str(questions)
    with app.app_context():
        db.session.get(BankRecord, "test-mini").source_path = str(path)
        db.session.commit()
    return path


@pytest.fixture
def teacher_client(client, session):
    gen_teacher(session)
    session.commit()
    login_teacher(client)
    return client


def form_fields(html: str) -> dict:
    base_hash = re.search(
        r'id="base_hash" name="base_hash" type="hidden" value="([^"]*)"', html
    ).group(1)
    return {"csrf_token": csrf_token(html), "base_hash": base_hash}


def test_bank_list_and_editor_show_the_file(teacher_client, bank_file):
    assert "Test mini bank" in teacher_client.get("/teacher/banks").get_data(as_text=True)
    html = teacher_client.get(EDIT).get_data(as_text=True)
    assert "lanfear-cause" in html and "test-mini.yaml" in html


def test_valid_edit_is_saved_to_disk_and_database(app, teacher_client, bank_file, session):
    html = teacher_client.get(EDIT).get_data(as_text=True)
    text = bank_file.read_text().replace(
        "What does producer Sophie Lanfear blame",
        "What, according to producer Sophie Lanfear, is to blame",
    )
    before = session.scalar(
        select(QuestionRecord).where(QuestionRecord.key == "lanfear-cause")
    ).content_hash
    response = teacher_client.post(EDIT, data={**form_fields(html), "yaml_text": text})
    assert response.status_code == 302
    assert "according to producer Sophie Lanfear" in bank_file.read_text()
    session.expire_all()
    question = session.scalar(select(QuestionRecord).where(QuestionRecord.key == "lanfear-cause"))
    assert question.content_hash != before
    hashes = set(
        session.scalars(
            select(QuestionVersion.content_hash).where(QuestionVersion.question_id == question.id)
        )
    )
    assert {before, question.content_hash} <= hashes  # the old version is kept for old answers
    assert "Saved." in teacher_client.get(EDIT).get_data(as_text=True)


def test_invalid_edit_saves_nothing_and_keeps_the_teachers_text(teacher_client, bank_file):
    original = bank_file.read_text()
    html = teacher_client.get(EDIT).get_data(as_text=True)
    broken = original.replace("        correct: true\n", "", 1)
    response = teacher_client.post(EDIT, data={**form_fields(html), "yaml_text": broken})
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "Nothing was saved: 1 problem" in page
    assert "line 15, column 7</strong>: choice list has no correct answer" in page
    assert (
        '<span class="here">  15 │       - text: Climate change</span>' in page
    )  # the line, numbered
    assert "A polar bear attack" in page  # the edited text is still in the textarea
    assert bank_file.read_text() == original


def test_changed_bank_id_is_refused(teacher_client, bank_file):
    html = teacher_client.get(EDIT).get_data(as_text=True)
    renamed = bank_file.read_text().replace("id: test-mini", "id: another-bank")
    response = teacher_client.post(EDIT, data={**form_fields(html), "yaml_text": renamed})
    assert response.status_code == 422
    assert "the bank id must stay" in response.get_data(as_text=True)


def test_file_changed_on_disk_meanwhile_is_not_overwritten(teacher_client, bank_file):
    html = teacher_client.get(EDIT).get_data(as_text=True)
    bank_file.write_text(bank_file.read_text().replace("Test mini bank", "Edited on disk"))
    response = teacher_client.post(
        EDIT, data={**form_fields(html), "yaml_text": bank_file.read_text()}
    )
    assert response.status_code == 409
    assert "changed on disk since you opened it" in response.get_data(as_text=True)
    assert "Edited on disk" in bank_file.read_text()


def test_editor_is_refused_without_csrf(teacher_client, bank_file):
    original = bank_file.read_text()
    response = teacher_client.post(EDIT, data={"yaml_text": "id: x"})
    assert response.status_code == 400
    assert bank_file.read_text() == original


def test_error_excerpt_has_one_line_per_source_line(teacher_client, bank_file):
    html = teacher_client.get(EDIT).get_data(as_text=True)
    broken = bank_file.read_text().replace("        correct: true\n", "", 1)
    page = teacher_client.post(EDIT, data={**form_fields(html), "yaml_text": broken}).get_data(
        as_text=True
    )
    excerpt = page.split('<pre class="excerpt">', 1)[1].split("</pre>", 1)[0]
    lines = excerpt.split("\n")
    assert [line for line in lines if not line.strip()] == [""]  # only the final newline
    caret = lines.index(next(line for line in lines if line.strip() == "^"))
    assert "  15 │" in lines[caret - 1]
