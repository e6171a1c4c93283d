"""The demo command: a teacher, a class of 20 simulated students, and a gradebook with figures."""

import re

from sqlalchemy import func, select

from quizapp.models import Assignment, Attempt, Classroom, Response, User
from tests.support import login_student, submit


def run_demo(runner):
    result = runner.invoke(args=["demo"])
    assert result.exit_code == 0, result.output
    return result


def counts(session) -> tuple[int, ...]:
    return tuple(
        session.scalar(select(func.count()).select_from(model))
        for model in (User, Classroom, Assignment, Attempt, Response)
    )


def test_demo_teacher_logs_in_with_the_printed_password(runner, client, session):
    result = run_demo(runner)
    assert "Created the demo class: 20 students," in result.output
    email, password = re.search(r"Demo teacher: (\S+) / (\S+)", result.output).groups()
    response = submit(client, "/login", {"email": email, "password": password})
    assert response.status_code == 302 and response.headers["Location"] == "/teacher/"
    html = client.get("/teacher/").get_data(as_text=True)
    assert "Year 9 Media Literacy (demo)" in html and "20 students" in html

    classroom = session.scalar(select(Classroom).where(Classroom.name.contains("(demo)")))
    html = client.get(f"/teacher/classes/{classroom.id}").get_data(as_text=True)
    assert "Students (20)" in html

    html = client.get(f"/teacher/classes/{classroom.id}/gradebook").get_data(as_text=True)
    scores = re.findall(r'<td class="num">(\d+)%</td>', html)
    assert len(scores) > 40 and len(set(scores)) > 5  # real, varied figures
    assert re.search(r'<td class="num">[+-]\d\.\d\d</td>', html)  # discernment
    assert "<h2>Gain: Walrus cliffs: pre-test → Walrus cliffs: post-test</h2>" in html
    assert len(re.findall(r'<svg [^>]*role="img"', html)) == 2
    facilities = re.findall(r'<td class="num">(0\.\d\d|1\.00)</td>', html)
    assert len(facilities) > 10  # facility and discrimination per question


def test_demo_student_logs_in_with_the_printed_details(runner, client, session):
    result = run_demo(runner)
    code, name, password = re.search(
        r"Demo student: class code (\S+), name '([^']+)', password (\S+)", result.output
    ).groups()
    classroom = session.scalar(select(Classroom).where(Classroom.join_code == code))
    login_student(client, classroom, name=name, password=password)
    html = client.get("/me").get_data(as_text=True)
    assert "Walrus cliffs: full quiz" in html and re.search(r"finished, \d+ of \d+ right", html)


def test_demo_runs_once(runner, session):
    run_demo(runner)
    first = counts(session)
    assert first[0] == 21 and first[1] == 1 and first[2] == 3 and first[4] > 0
    again = run_demo(runner)
    assert "Created the demo class" not in again.output
    assert "Demo teacher:" in again.output
    assert counts(session) == first
