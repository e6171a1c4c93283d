"""Scores count every question of a finished attempt; password resets end old logins."""

import csv
import io

from quizapp.attempts import record_answer, start_or_resume
from quizapp.models import QuestionVersion
from quizapp.models.people import utcnow
from tests.support import (
    gen_assignment,
    gen_class,
    gen_student,
    gen_teacher,
    login_student,
    login_teacher,
    submit,
)


def test_questions_skipped_in_a_finished_attempt_count_as_wrong(client, session):
    teacher = gen_teacher(session)
    classroom = gen_class(session, teacher)
    student = gen_student(session, classroom)
    assignment = gen_assignment(session, classroom)
    attempt = start_or_resume(session, assignment, student)
    first = next(
        session.get(QuestionVersion, item["version_id"])
        for item in attempt.items
        if session.get(QuestionVersion, item["version_id"]).data["id"] == "lanfear-cause"
    )
    record_answer(session, attempt, first, ["a"])  # right, and the other two never answered
    session.commit()
    login_teacher(client)
    in_progress = client.get(f"/teacher/classes/{classroom.id}/gradebook.csv").data.decode(
        "utf-8-sig"
    )
    assert list(csv.reader(io.StringIO(in_progress)))[1] == ["Sam", "100"]  # still working on it
    attempt.finished_at = utcnow()
    session.commit()
    finished = client.get(f"/teacher/classes/{classroom.id}/gradebook.csv").data.decode("utf-8-sig")
    assert list(csv.reader(io.StringIO(finished)))[1] == ["Sam", "33"]
    page = client.get(f"/teacher/classes/{classroom.id}/gradebook").get_data(as_text=True)
    assert "Who in these articles blames polar bears?" in page  # a skipped question has its row


def test_resetting_a_password_ends_the_students_logins(app, client, session):
    teacher = gen_teacher(session)
    classroom = gen_class(session, teacher)
    student = gen_student(session, classroom)
    session.commit()
    student_client = app.test_client()
    login_student(student_client, classroom)
    assert student_client.get("/me").status_code == 200
    login_teacher(client)
    response = submit(
        client,
        f"/teacher/classes/{classroom.id}/students/{student.id}/password",
        {"password": "new-password-1"},
        page=f"/teacher/classes/{classroom.id}",
    )
    assert response.status_code == 302
    assert student_client.get("/me").status_code == 302  # logged out: back to the login page
    login_student(student_client, classroom, password="new-password-1")
