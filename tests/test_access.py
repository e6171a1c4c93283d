"""Every private route, tried by every wrong role: refused, never data.

The routes come from ``app.url_map``, so a new route cannot escape: it must be listed
as public or be covered by the owners below.
"""

from __future__ import annotations

import re

import pytest
from werkzeug.routing import Rule

from tests.support import (
    STUDENT_PASSWORD,
    csrf_token,
    gen_assignment,
    gen_class,
    gen_student,
    gen_teacher,
    login_student,
    login_teacher,
    submit,
)

PUBLIC = {
    "static",
    "student.index",
    "student.bank",
    "student.start",
    "student.question",
    "student.results",
    "articles.index",
    "articles.show",
    "auth.login",
    "auth.register",
    "auth.join",
    "auth.student_login",
    "auth.logout",  # needs a login, but only ends one's own session
}
TEACHER_ONLY = re.compile(r"^teacher\.|^articles\.(new|analysis|generate)$")
STUDENT_ONLY = {
    "student.my_work",
    "student.start_assignment",
    "student.attempt_question",
    "student.finish_attempt",
    "student.attempt_review",
}
SECRET_NAMES = ("Victim class", "Vera Victim")


@pytest.fixture
def world(app, session):
    """A teacher with a class, a student with an attempt, and strangers to both."""
    owner = gen_teacher(session, "owner@example.org", "Owner")
    victim_class = gen_class(session, owner, "Victim class")
    victim = gen_student(session, victim_class, "Vera Victim")
    assignment = gen_assignment(session, victim_class)
    classmate = gen_student(session, victim_class, "Carl Classmate")
    other_teacher = gen_teacher(session, "other@example.org", "Other")
    other_class = gen_class(session, other_teacher, "Other class")
    outsider = gen_student(session, other_class, "Olga Outsider")
    session.commit()

    from quizapp.attempts import start_or_resume

    attempt = start_or_resume(session, assignment, victim)
    session.commit()
    return {
        "owner": owner,
        "victim_class": victim_class,
        "victim": victim,
        "assignment": assignment,
        "attempt": attempt,
        "classmate": classmate,
        "other_teacher": other_teacher,
        "other_class": other_class,
        "outsider": outsider,
    }


def url_for_rule(rule: Rule, world: dict) -> str:
    values = {
        "class_id": world["victim_class"].id,
        "student_id": world["victim"].id,
        "assignment_id": world["assignment"].id,
        "attempt_id": world["attempt"].id,
        "number": 1,
        "bank_id": "test-mini",
        "article_id": "radio-times-2019-04-10",
    }
    missing = rule.arguments - values.keys()
    assert not missing, f"{rule.endpoint}: add test values for {missing}"
    return rule.build({k: values[k] for k in rule.arguments})[1]


def private_rules(app) -> list[Rule]:
    rules = [r for r in app.url_map.iter_rules() if r.endpoint not in PUBLIC]
    for rule in rules:
        assert TEACHER_ONLY.match(rule.endpoint) or rule.endpoint in STUDENT_ONLY, (
            f"{rule.endpoint} is neither public nor covered by the access tests"
        )
    return rules


def client_as(app, role: str, world: dict):
    client = app.test_client()
    if role == "another teacher":
        login_teacher(client, "other@example.org")
    elif role == "student of the class":
        login_student(client, world["victim_class"], "Carl Classmate", STUDENT_PASSWORD)
    elif role == "student of another class":
        login_student(client, world["other_class"], "Olga Outsider", STUDENT_PASSWORD)
    elif role == "the class's teacher":
        login_teacher(client, "owner@example.org")
    return client


def token_for(client) -> str:
    page = client.get("/login").get_data(as_text=True)
    if "csrf_token" not in page:  # logged in: the logout form in the layout has one
        page = client.get("/articles/").get_data(as_text=True)
    return csrf_token(page)


def wrong_roles(rule: Rule) -> list[str]:
    # One's own page (dashboard, my work) or the shared bank library: wrong for the other kind.
    if rule.arguments <= {"bank_id", "article_id"}:
        if TEACHER_ONLY.match(rule.endpoint):
            return ["anonymous", "student of the class", "student of another class"]
        return ["anonymous", "another teacher", "the class's teacher"]
    if TEACHER_ONLY.match(rule.endpoint):
        return ["anonymous", "student of the class", "student of another class", "another teacher"]
    if rule.endpoint == "student.start_assignment":  # the class's assignment is its students'
        return ["anonymous", "student of another class", "the class's teacher", "another teacher"]
    # A student's attempt: their classmates, other classes and even their teacher are refused.
    return ["anonymous", "student of the class", "student of another class", "the class's teacher"]


def test_every_private_route_refuses_every_wrong_role(app, world):
    checked = 0
    for role in [
        "anonymous",
        "student of the class",
        "student of another class",
        "another teacher",
        "the class's teacher",
    ]:
        client = client_as(app, role, world)
        token = token_for(client)
        for rule in private_rules(app):
            if role not in wrong_roles(rule):
                continue
            url = url_for_rule(rule, world)
            for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
                response = client.open(url, method=method, data={"csrf_token": token})
                body = response.get_data(as_text=True)
                where = f"{method} {url} as {role}"
                if role == "anonymous":
                    assert response.status_code == 302, where
                    assert (
                        "/login" in response.headers["Location"]
                        or "/student-login" in response.headers["Location"]
                    ), where
                else:
                    assert response.status_code in (403, 404), f"{where}: {response.status_code}"
                for secret in SECRET_NAMES:
                    assert secret not in body, f"{where} leaked {secret!r}"
                checked += 1
    assert checked > 60


def test_owners_do_reach_their_pages(app, world):
    """The refusals above mean something only if the rightful owner gets in."""
    teacher = client_as(app, "the class's teacher", world)
    for rule in private_rules(app):
        if TEACHER_ONLY.match(rule.endpoint) and "GET" in rule.methods:
            response = teacher.get(url_for_rule(rule, world))
            assert response.status_code == 200, rule.endpoint
    student = app.test_client()
    login_student(student, world["victim_class"], "Vera Victim")
    assert student.get(f"/attempts/{world['attempt'].id}/1").status_code == 200
    assert "Vera Victim" in student.get("/me").get_data(as_text=True)


def test_my_work_shows_only_ones_own_class(app, world):
    outsider = client_as(app, "student of another class", world)
    body = outsider.get("/me").get_data(as_text=True)
    assert "Homework" not in body and "Victim class" not in body


def test_students_cannot_log_in_as_teachers(app, world):
    client = app.test_client()
    response = submit(client, "/login", {"email": "Vera Victim", "password": STUDENT_PASSWORD})
    assert response.status_code == 401


def test_teacher_dashboard_lists_only_own_classes(app, world):
    other = client_as(app, "another teacher", world)
    body = other.get("/teacher/").get_data(as_text=True)
    assert "Other class" in body and "Victim class" not in body
