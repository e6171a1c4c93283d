"""Classes, students and assignments from the teacher's side, CSRF on, posting like a browser."""

import re
from datetime import timedelta

from sqlalchemy import func, select

from quizapp.models import Assignment, Classroom, Response, User
from quizapp.models.people import JOIN_CODE_ALPHABET, utcnow
from tests.support import (
    STUDENT_PASSWORD,
    gen_assignment,
    gen_class,
    gen_student,
    gen_teacher,
    login_student,
    login_teacher,
    submit,
)

NO_SUCH_CODE = "No class has this code. Check it with your teacher."
NAME_TAKEN = "Someone in this class already uses this name."


def create_class(client, name: str = "Year 9 Media") -> int:
    response = submit(client, "/teacher/", {"name": name})
    assert response.status_code == 302, response.get_data(as_text=True)
    match = re.fullmatch(r"/teacher/classes/(\d+)", response.headers["Location"])
    assert match, response.headers["Location"]
    return int(match.group(1))


def join(client, code: str, name: str = "Sam", password: str = STUDENT_PASSWORD):
    data = {"join_code": code, "display_name": name, "password": password, "confirm": password}
    return submit(client, "/join", data)


def flashes(html: str) -> list[str]:
    return re.findall(r'<p class="flash flash-\w+" role="status">([^<]*)</p>', html)


# --- classes ---------------------------------------------------------------------------


def test_create_class_gives_a_readable_join_code(client, session):
    gen_teacher(session)
    session.commit()
    login_teacher(client)
    class_id = create_class(client)
    classroom = session.get(Classroom, class_id)
    assert classroom.name == "Year 9 Media"
    code = classroom.join_code
    assert len(code) == 6 and set(code) <= set(JOIN_CODE_ALPHABET)
    assert not set(code) & set("0O1lI")
    html = client.get(f"/teacher/classes/{class_id}").get_data(as_text=True)
    assert f"Class &#39;Year 9 Media&#39; created. Its join code is {code}." in flashes(html)
    assert f'<p class="join-code" aria-label="Join code {" ".join(code)}">{code}</p>' in html
    dashboard = client.get("/teacher/").get_data(as_text=True)
    assert "Year 9 Media" in dashboard and "0 students" in dashboard


def test_class_name_is_required(client, session):
    gen_teacher(session)
    session.commit()
    login_teacher(client)
    response = submit(client, "/teacher/", {"name": "  "})
    assert response.status_code == 200
    assert "This field is required." in response.get_data(as_text=True)
    assert session.scalar(select(func.count(Classroom.id))) == 0


def test_new_code_replaces_the_old_one(app, client, session):
    gen_teacher(session)
    session.commit()
    login_teacher(client)
    class_id = create_class(client)
    old_code = session.get(Classroom, class_id).join_code
    page = f"/teacher/classes/{class_id}"
    response = submit(client, f"{page}/code", {"confirm": "yes"}, page=page)
    assert response.status_code == 302
    session.expire_all()
    new_code = session.get(Classroom, class_id).join_code
    assert new_code != old_code and len(new_code) == 6
    assert f"New join code: {new_code}. The old code no longer works." in flashes(
        client.get(page).get_data(as_text=True)
    )
    student = app.test_client()
    response = join(student, old_code)
    assert response.status_code == 422
    assert NO_SUCH_CODE in response.get_data(as_text=True)
    assert join(student, new_code).status_code == 302


def test_regenerating_the_code_needs_csrf(client, session):
    teacher = gen_teacher(session)
    classroom = gen_class(session, teacher)
    session.commit()
    code = classroom.join_code
    login_teacher(client)
    assert client.post(f"/teacher/classes/{classroom.id}/code").status_code == 400
    session.expire_all()
    assert session.get(Classroom, classroom.id).join_code == code


def test_join_code_is_forgiving_about_case_and_spaces(client, session):
    teacher = gen_teacher(session)
    classroom = gen_class(session, teacher, join_code="BCDFGH")
    session.commit()
    response = join(client, " bcd fgh ", name="  Ada   Lovelace ")
    assert response.status_code == 302
    assert response.headers["Location"] == "/me"
    assert "You joined Year 9." in flashes(client.get("/me").get_data(as_text=True))
    student = session.scalar(select(User).where(User.classroom_id == classroom.id))
    assert student.display_name == "Ada Lovelace"


def test_join_link_fills_in_the_code(client, session):
    teacher = gen_teacher(session)
    gen_class(session, teacher, join_code="BCDFGH")
    session.commit()
    html = client.get("/join?code=bcd-fgh").get_data(as_text=True)
    assert 'value="BCDFGH"' in html


def test_unknown_code_is_refused(client):
    response = join(client, "ZZZZZZ")
    assert response.status_code == 422
    assert NO_SUCH_CODE in response.get_data(as_text=True)


def test_duplicate_name_in_a_class_is_refused(app, client, session):
    teacher = gen_teacher(session)
    classroom = gen_class(session, teacher)
    other_class = gen_class(session, teacher, name="Year 10")
    session.commit()
    assert join(client, classroom.join_code, "Sam Lee").status_code == 302
    response = join(app.test_client(), classroom.join_code, "  sam   LEE ")
    assert response.status_code == 422
    assert NAME_TAKEN in response.get_data(as_text=True)
    assert join(app.test_client(), other_class.join_code, "Sam Lee").status_code == 302
    assert session.scalar(select(func.count(User.id)).where(User.name_key == "sam lee")) == 2


def test_join_checks_password_confirmation(client, session):
    teacher = gen_teacher(session)
    classroom = gen_class(session, teacher)
    session.commit()
    data = {
        "join_code": classroom.join_code,
        "display_name": "Sam",
        "password": STUDENT_PASSWORD,
        "confirm": "something-else",
    }
    response = submit(client, "/join", data)
    assert response.status_code == 422
    assert "The passwords differ." in response.get_data(as_text=True)


def test_roster_lists_current_students(client, session):
    teacher = gen_teacher(session)
    classroom = gen_class(session, teacher)
    gen_student(session, classroom, "Zed")
    gen_student(session, classroom, "Amy")
    session.commit()
    login_teacher(client)
    html = client.get(f"/teacher/classes/{classroom.id}").get_data(as_text=True)
    assert "Students (2)" in html
    assert html.index(">Amy</a>") < html.index(">Zed</a>")


# --- managing students -----------------------------------------------------------------


def class_with_students(session, *names: str):
    teacher = gen_teacher(session)
    classroom = gen_class(session, teacher)
    students = [gen_student(session, classroom, name) for name in names]
    session.commit()
    return classroom, students


def test_rename_a_student(app, client, session):
    classroom, (sam,) = class_with_students(session, "Sam")
    login_teacher(client)
    page = f"/teacher/classes/{classroom.id}"
    response = submit(
        client, f"{page}/students/{sam.id}/rename", {"display_name": " Samira  K. "}, page=page
    )
    assert response.status_code == 302
    html = client.get(page).get_data(as_text=True)
    assert "Renamed to Samira K.." in flashes(html)
    assert ">Samira K.</a>" in html
    login_student(app.test_client(), classroom, name="samira k.")


def test_rename_to_a_name_in_use_is_refused(client, session):
    classroom, (sam, _) = class_with_students(session, "Sam", "Alex")
    login_teacher(client)
    page = f"/teacher/classes/{classroom.id}"
    submit(client, f"{page}/students/{sam.id}/rename", {"display_name": "ALEX"}, page=page)
    html = client.get(page).get_data(as_text=True)
    assert "Another student in this class is already called &#39;ALEX&#39;." in flashes(html)
    session.expire_all()
    assert session.get(User, sam.id).display_name == "Sam"


def test_rename_can_change_only_the_case(client, session):
    classroom, (sam,) = class_with_students(session, "sam")
    login_teacher(client)
    page = f"/teacher/classes/{classroom.id}"
    submit(client, f"{page}/students/{sam.id}/rename", {"display_name": "Sam"}, page=page)
    session.expire_all()
    assert session.get(User, sam.id).display_name == "Sam"


def test_reset_password(app, client, session):
    classroom, (sam,) = class_with_students(session, "Sam")
    login_teacher(client)
    page = f"/teacher/classes/{classroom.id}"
    response = submit(
        client, f"{page}/students/{sam.id}/password", {"password": "new-secret-7"}, page=page
    )
    assert response.status_code == 302
    assert "Sam&#39;s password was reset." in flashes(client.get(page).get_data(as_text=True))
    login_student(app.test_client(), classroom, password="new-secret-7")
    old = {"join_code": classroom.join_code, "display_name": "Sam", "password": STUDENT_PASSWORD}
    assert submit(app.test_client(), "/student-login", old).status_code == 401


def test_reset_password_too_short_is_refused(app, client, session):
    classroom, (sam,) = class_with_students(session, "Sam")
    login_teacher(client)
    page = f"/teacher/classes/{classroom.id}"
    submit(client, f"{page}/students/{sam.id}/password", {"password": "abc"}, page=page)
    assert "Field must be between 6 and 200 characters long." in flashes(
        client.get(page).get_data(as_text=True)
    )
    login_student(app.test_client(), classroom)  # the old password still works


def test_remove_a_student_keeps_their_answers(app, client, session):
    classroom, (sam, _) = class_with_students(session, "Sam", "Alex")
    gen_assignment(session, classroom)
    session.commit()
    sams_browser = app.test_client()
    login_student(sams_browser, classroom)
    html = sams_browser.get("/me").get_data(as_text=True)
    start = submit(sams_browser, re.search(r'action="([^"]+/start)"', html).group(1), page="/me")
    submit(sams_browser, start.headers["Location"], {"answer": "a"})
    assert session.scalar(select(func.count(Response.id))) == 1

    login_teacher(client)
    page = f"/teacher/classes/{classroom.id}"
    response = submit(client, f"{page}/students/{sam.id}/remove", {"confirm": "yes"}, page=page)
    assert response.status_code == 302
    html = client.get(page).get_data(as_text=True)
    assert "Sam was removed from the class." in flashes(html)
    assert ">Sam</a>" not in html and ">Alex</a>" in html and "Students (1)" in html
    # Their open session ends and they cannot log in again.
    assert sams_browser.get("/me").status_code == 302
    data = {"join_code": classroom.join_code, "display_name": "Sam", "password": STUDENT_PASSWORD}
    assert submit(app.test_client(), "/student-login", data).status_code == 401
    # Their answers stay; the teacher's pages no longer show them.
    assert session.scalar(select(func.count(Response.id))) == 1
    assert client.get(f"{page}/students/{sam.id}").status_code == 404
    assert ">Sam</a>" not in client.get(f"{page}/gradebook").get_data(as_text=True)
    # The name is free for someone new.
    assert join(app.test_client(), classroom.join_code, "Sam").status_code == 302


def test_a_teacher_cannot_manage_another_teachers_students(app, client, session):
    classroom, (sam,) = class_with_students(session, "Sam")
    gen_teacher(session, email="other@example.org", name="Mr Other")
    session.commit()
    login_teacher(client, email="other@example.org")
    page = f"/teacher/classes/{classroom.id}"
    response = submit(
        client, f"{page}/students/{sam.id}/password", {"password": "hijacked!"}, page="/teacher/"
    )
    assert response.status_code == 403
    login_student(app.test_client(), classroom)


# --- assignments -----------------------------------------------------------------------

NEW = "/teacher/classes/{}/assignments/new"


def assignment_form(**fields) -> dict:
    form = {
        "title": "Walrus homework",
        "questions": ["lanfear-cause", "who-blames-bears", "segment-episode"],
        "opens_at": "",
        "closes_at": "",
        "attempts_allowed": "1",
        "feedback_timing": "each",
        "phase": "",
        "pretest_id": "",
    }
    form.update(fields)
    return form


def post_assignment(client, class_id: int, **fields):
    url = NEW.format(class_id) + "?bank=test-mini"
    return submit(client, url, assignment_form(**fields))


def teacher_with_class(client, session):
    teacher = gen_teacher(session)
    classroom = gen_class(session, teacher)
    session.commit()
    login_teacher(client)
    return classroom


def latest_assignment(session) -> Assignment:
    session.expire_all()
    return session.scalar(select(Assignment).order_by(Assignment.id.desc()))


def test_choose_a_bank_then_see_its_approved_questions(client, session):
    classroom = teacher_with_class(client, session)
    html = client.get(NEW.format(classroom.id)).get_data(as_text=True)
    assert f'href="/teacher/classes/{classroom.id}/assignments/new?bank=test-mini"' in html
    html = client.get(NEW.format(classroom.id) + "?bank=test-mini").get_data(as_text=True)
    boxes = re.findall(
        r'<input (checked )?id="questions-\d" name="questions"[^>]*value="([^"]+)"', html
    )
    assert boxes == [  # every approved question, ticked; never the draft
        ("checked ", "lanfear-cause"),
        ("checked ", "who-blames-bears"),
        ("checked ", "segment-episode"),
    ]


def test_unknown_bank_goes_back_to_the_list(client, session):
    classroom = teacher_with_class(client, session)
    html = client.get(NEW.format(classroom.id) + "?bank=nope").get_data(as_text=True)
    assert "Choose a question bank:" in html


def test_create_an_assignment_with_a_subset_and_settings(client, session):
    classroom = teacher_with_class(client, session)
    response = post_assignment(
        client,
        classroom.id,
        questions=["segment-episode", "lanfear-cause"],
        opens_at="2020-01-06T09:00",
        closes_at="2099-01-13T15:30",
        attempts_allowed="3",
        shuffle="y",
        feedback_timing="attempt",
    )
    assert response.status_code == 302
    assert response.headers["Location"] == f"/teacher/classes/{classroom.id}"
    assignment = latest_assignment(session)
    assert assignment.classroom_id == classroom.id and assignment.bank_id == "test-mini"
    assert assignment.question_keys == ["lanfear-cause", "segment-episode"]  # bank order
    assert assignment.opens_at.isoformat() == "2020-01-06T09:00:00"
    assert assignment.closes_at.isoformat() == "2099-01-13T15:30:00"
    assert assignment.attempts_allowed == 3 and assignment.shuffle is True
    assert assignment.feedback_timing == "attempt" and assignment.phase == ""
    html = client.get(f"/teacher/classes/{classroom.id}").get_data(as_text=True)
    assert f"Assigned &#39;Walrus homework&#39; to {classroom.name}." in flashes(html)
    assert "After the attempt is finished" in html and "shuffled" in html


def test_closing_before_opening_is_refused(client, session):
    classroom = teacher_with_class(client, session)
    response = post_assignment(
        client, classroom.id, opens_at="2030-01-06T09:00", closes_at="2030-01-06T08:00"
    )
    assert response.status_code == 422
    assert "The closing time must be after the opening time." in response.get_data(as_text=True)
    assert latest_assignment(session) is None


def test_an_assignment_needs_a_question(client, session):
    classroom = teacher_with_class(client, session)
    response = post_assignment(client, classroom.id, questions=[])
    assert response.status_code == 422
    assert "Choose at least one question." in response.get_data(as_text=True)


def test_forged_question_key_is_refused(client, session):
    classroom = teacher_with_class(client, session)
    response = post_assignment(client, classroom.id, questions=["draft-only"])
    assert response.status_code == 422
    assert latest_assignment(session) is None


def test_attempts_must_be_between_1_and_20(client, session):
    classroom = teacher_with_class(client, session)
    assert post_assignment(client, classroom.id, attempts_allowed="21").status_code == 422
    assert post_assignment(client, classroom.id, attempts_allowed="-1").status_code == 422
    assert latest_assignment(session) is None


def test_post_test_gets_exactly_the_pre_tests_questions(client, session):
    classroom = teacher_with_class(client, session)
    post_assignment(
        client,
        classroom.id,
        title="Pre",
        phase="pre",
        questions=["lanfear-cause", "segment-episode"],
    )
    pre = latest_assignment(session)
    html = client.get(NEW.format(classroom.id) + "?bank=test-mini").get_data(as_text=True)
    assert f'<option value="{pre.id}">Pre</option>' in html
    response = post_assignment(
        client,
        classroom.id,
        title="Post",
        phase="post",
        pretest_id=str(pre.id),
        questions=["who-blames-bears"],
    )
    assert response.status_code == 302
    post = latest_assignment(session)
    assert post.phase == "post" and post.pretest_id == pre.id
    assert post.question_keys == ["lanfear-cause", "segment-episode"]
    html = client.get(f"/teacher/classes/{classroom.id}").get_data(as_text=True)
    assert "Post-test (after Pre)" in html


def test_post_test_needs_its_pre_test(client, session):
    classroom = teacher_with_class(client, session)
    response = post_assignment(client, classroom.id, title="Post", phase="post")
    assert response.status_code == 422
    assert "A post-test needs the pre-test it follows." in response.get_data(as_text=True)
    assert latest_assignment(session) is None


def test_pre_test_of_another_class_cannot_be_linked(client, session):
    classroom = teacher_with_class(client, session)
    other = gen_class(session, classroom.teacher, name="Year 10")
    foreign_pre = gen_assignment(session, other, phase="pre")
    session.commit()
    response = post_assignment(
        client, classroom.id, title="Post", phase="post", pretest_id=str(foreign_pre.id)
    )
    assert response.status_code == 422
    assert latest_assignment(session).id == foreign_pre.id


def test_future_assignment_is_hidden_from_students(app, client, session):
    classroom = teacher_with_class(client, session)
    opens = (utcnow() + timedelta(days=2)).strftime("%Y-%m-%dT%H:%M")
    post_assignment(client, classroom.id, title="Next week", opens_at=opens)
    post_assignment(client, classroom.id, title="This week")
    future = latest_assignment(session).id - 1
    gen_student(session, classroom)
    session.commit()
    student = app.test_client()
    login_student(student, classroom)
    html = student.get("/me").get_data(as_text=True)
    assert "This week" in html and "Next week" not in html
    response = submit(student, f"/assignments/{future}/start", page="/me")
    assert response.status_code == 404


def test_removing_a_student_and_a_new_code_ask_for_confirmation_first(client, session):
    teacher = gen_teacher(session)
    classroom = gen_class(session, teacher)
    sam = gen_student(session, classroom, "Sam")
    session.commit()
    login_teacher(client)
    page = f"/teacher/classes/{classroom.id}"
    asked = submit(client, f"{page}/students/{sam.id}/remove", page=page)
    assert asked.status_code == 200
    html = asked.get_data(as_text=True)
    assert "Remove Sam?" in html and 'name="confirm" value="yes"' in html
    assert "Sam" in client.get(page).get_data(as_text=True)  # still there
    code = classroom.join_code
    asked = submit(client, f"{page}/code", page=page)
    assert f"The code {code} will stop working at once." in asked.get_data(as_text=True)
    session.refresh(classroom)
    assert classroom.join_code == code
