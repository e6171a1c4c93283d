"""Pages run a bounded number of SQL queries, whatever the class size."""

from quizapp.attempts import record_answer, start_or_resume
from quizapp.models import QuestionVersion
from tests.support import (
    csrf_token,
    gen_assignment,
    gen_class,
    gen_student,
    gen_teacher,
    login_student,
    login_teacher,
)


def class_with_answers(session, teacher, name: str, size: int):
    classroom = gen_class(session, teacher, name)
    assignments = [gen_assignment(session, classroom, title=f"A{n}") for n in range(2)]
    students = [gen_student(session, classroom, f"Student {n}") for n in range(size)]
    for student in students:
        for assignment in assignments:
            attempt = start_or_resume(session, assignment, student)
            for item in attempt.items:
                version = session.get(QuestionVersion, item["version_id"])
                record_answer(
                    session, attempt, version, [item["choices"][len(student.display_name) % 2]]
                )
    session.commit()
    return classroom, students, assignments


def queries_for(client, count_queries, url: str) -> int:
    with count_queries() as counter:
        response = client.get(url)
    assert response.status_code == 200, url
    return counter.count


def test_teacher_pages_do_not_grow_with_the_class(app, client, session, count_queries):
    teacher = gen_teacher(session)
    small, _, _ = class_with_answers(session, teacher, "Small", 2)
    large, students, _ = class_with_answers(session, teacher, "Large", 12)
    login_teacher(client)
    for page in ("gradebook", "gradebook.csv", "responses.csv", ""):
        small_count = queries_for(
            client, count_queries, f"/teacher/classes/{small.id}/{page}".rstrip("/")
        )
        large_count = queries_for(
            client, count_queries, f"/teacher/classes/{large.id}/{page}".rstrip("/")
        )
        assert small_count == large_count, (page, small_count, large_count)
        assert large_count <= 8, (page, large_count)
    detail = queries_for(
        client, count_queries, f"/teacher/classes/{large.id}/students/{students[0].id}"
    )
    assert detail <= 8
    assert queries_for(client, count_queries, "/teacher/") <= 4


def test_student_pages_do_not_grow_with_their_history(app, session, count_queries):
    teacher = gen_teacher(session)
    classroom, students, _ = class_with_answers(session, teacher, "Class", 3)
    client = app.test_client()
    login_student(client, classroom, students[0].display_name)
    me = queries_for(client, count_queries, "/me")
    for n in range(3):
        gen_assignment(session, classroom, title=f"More {n}")
    session.commit()
    assert queries_for(client, count_queries, "/me") == me


def test_starting_an_attempt_does_not_query_per_question(app, session, count_queries):
    teacher = gen_teacher(session)
    classroom = gen_class(session, teacher)
    students = [gen_student(session, classroom, f"S{n}") for n in range(2)]
    small = gen_assignment(session, classroom, question_keys=["lanfear-cause"])
    large = gen_assignment(session, classroom, bank_id="walrus-cliffs")
    session.commit()
    counts = []
    for student, assignment in zip(students, (small, large), strict=True):
        client = app.test_client()
        login_student(client, classroom, student.display_name)
        page = client.get("/me").get_data(as_text=True)
        token = csrf_token(page)
        with count_queries() as counter:
            response = client.post(
                f"/assignments/{assignment.id}/start", data={"csrf_token": token}
            )
        assert response.status_code == 302
        counts.append(counter.count)
    assert len(large.question_keys) >= 40
    assert counts[0] == counts[1], counts
