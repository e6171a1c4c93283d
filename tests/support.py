"""Helpers shared by the tests: databases to create, forms to post like a browser."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from quizapp import migrate
from quizapp.content import store_article, store_bank
from quizapp.core.analysis import Analysis, analyse
from quizapp.core.articles import Article, build_article
from quizapp.core.bank import validate_paths
from quizapp.core.library import load_library
from quizapp.db import make_engine

PROJECT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
_CSRF = re.compile(
    r'name="csrf_token" type="hidden" value="([^"]+)"|name="csrf_token" value="([^"]+)"'
)


def story(*paragraphs: str) -> tuple[Article, Analysis]:
    """An article of the given body paragraphs, and its analysis."""
    article = build_article("t", list(paragraphs), kinds=["body"] * len(paragraphs))
    return article, analyse(article)


@contextmanager
def fresh_database(base_url: str | None, tmp_dir: Path) -> Iterator[str]:
    """A new, empty database: a SQLite file in ``tmp_dir`` or a new PostgreSQL database."""
    if not base_url or base_url.startswith("sqlite"):
        yield f"sqlite:///{tmp_dir / f'test-{uuid.uuid4().hex[:8]}.sqlite'}"
        return
    url = make_url(base_url)
    name = f"quizapp_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def prepare_database(url: str) -> None:
    """Migrate to head and load the seed articles, the project's banks and the test bank."""
    migrate.upgrade(url)
    library = load_library(PROJECT / "seeds")
    assert not library.problems, library.problems
    engine = make_engine(url)
    with Session(engine) as session, session.begin():
        for article in library.articles.values():
            store_article(session, article)
        for result in validate_paths([PROJECT / "questions", DATA / "banks"], library.texts()):
            assert result.bank is not None, result.problems
            store_bank(session, result.bank)
    engine.dispose()


def csrf_token(html: str) -> str:
    """The CSRF token of the first form in a page, read the way a browser would send it."""
    match = _CSRF.search(html)
    assert match, "no csrf_token in the page"
    return match.group(1) or match.group(2)


def submit(client, url: str, data: dict | None = None, *, page: str | None = None, **kwargs):
    """GET ``page`` (default ``url``), take its CSRF token, and POST ``data`` to ``url``."""
    html = client.get(page or url).get_data(as_text=True)
    payload = {"csrf_token": csrf_token(html), **(data or {})}
    return client.post(url, data=payload, **kwargs)


# --- Factories for people, classes and assignments -----------------------------------

TEACHER_PASSWORD = "correct-horse-battery"
STUDENT_PASSWORD = "walrus-42"


def gen_teacher(session, email: str = "teacher@example.org", name: str = "Ms Teacher"):
    from quizapp.models import User
    from quizapp.models.people import TEACHER

    teacher = User(role=TEACHER, email=email, display_name=name, name_key=email)
    teacher.set_password(TEACHER_PASSWORD)
    session.add(teacher)
    session.flush()
    return teacher


def gen_class(session, teacher, name: str = "Year 9", join_code: str | None = None):
    from quizapp.models import Classroom
    from quizapp.models.people import new_join_code

    classroom = Classroom(teacher_id=teacher.id, name=name, join_code=join_code or new_join_code())
    session.add(classroom)
    session.flush()
    return classroom


def gen_student(session, classroom, name: str = "Sam"):
    from quizapp.models import User
    from quizapp.models.people import STUDENT, name_key

    student = User(
        role=STUDENT, display_name=name, name_key=name_key(name), classroom_id=classroom.id
    )
    student.set_password(STUDENT_PASSWORD)
    session.add(student)
    session.flush()
    return student


def gen_assignment(session, classroom, bank_id: str = "test-mini", **fields):
    from sqlalchemy import select

    from quizapp.models import Assignment, QuestionRecord

    keys = fields.pop("question_keys", None) or list(
        session.scalars(
            select(QuestionRecord.key)
            .where(QuestionRecord.bank_id == bank_id, QuestionRecord.status == "approved")
            .order_by(QuestionRecord.position)
        )
    )
    assignment = Assignment(
        classroom_id=classroom.id, bank_id=bank_id, title=fields.pop("title", "Homework"),
        question_keys=keys, **fields,
    )  # fmt: skip
    session.add(assignment)
    session.flush()
    return assignment


def login_teacher(client, email: str = "teacher@example.org", password: str = TEACHER_PASSWORD):
    response = submit(client, "/login", {"email": email, "password": password})
    assert response.status_code == 302, response.get_data(as_text=True)
    return response


def login_student(client, classroom, name: str = "Sam", password: str = STUDENT_PASSWORD):
    data = {"join_code": classroom.join_code, "display_name": name, "password": password}
    response = submit(client, "/student-login", data)
    assert response.status_code == 302, response.get_data(as_text=True)
    return response
