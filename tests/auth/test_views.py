"""Teacher accounts, logging in and out, and joining a class, through the test client."""

from sqlalchemy import select

from quizapp.models import LoginSession, User
from quizapp.models.people import TEACHER
from tests.support import (
    STUDENT_PASSWORD,
    TEACHER_PASSWORD,
    gen_class,
    gen_student,
    gen_teacher,
    login_student,
    login_teacher,
    submit,
)

LOGIN_FAILED = "That email and password do not match an account."
TOO_MANY = "Too many attempts. Please wait a few minutes, then try again."


def wrong_login(client, email: str = "teacher@example.org"):
    return submit(client, "/login", {"email": email, "password": "not-the-password"})


# --- create-teacher -------------------------------------------------------------------


def test_create_teacher_command_makes_an_account_that_logs_in(runner, client, session):
    result = runner.invoke(
        args=["create-teacher", "New.Teacher@Example.org", "--name", "Ms New", "--password",
              "a-long-enough-password"]
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Created teacher new.teacher@example.org" in result.output
    teacher = session.scalar(select(User).where(User.email == "new.teacher@example.org"))
    assert teacher.role == TEACHER and teacher.display_name == "Ms New"
    login_teacher(client, "new.teacher@example.org", "a-long-enough-password")
    assert "Ms New" in client.get("/teacher/").get_data(as_text=True)


def test_create_teacher_refuses_a_short_password(runner, session):
    result = runner.invoke(args=["create-teacher", "t@example.org", "--password", "short"])
    assert result.exit_code != 0
    assert "use at least 10 characters" in result.output
    assert session.scalar(select(User).where(User.email == "t@example.org")) is None


def test_create_teacher_refuses_a_duplicate_email(runner, session):
    gen_teacher(session, email="taken@example.org")
    session.commit()
    result = runner.invoke(
        args=["create-teacher", "TAKEN@example.org", "--password", "a-long-enough-password"]
    )
    assert result.exit_code == 1
    assert "a teacher with the email taken@example.org already exists" in result.output


# --- logging in ------------------------------------------------------------------------


def test_login_goes_to_the_dashboard(client, session):
    gen_teacher(session)
    session.commit()
    response = login_teacher(client)
    assert response.headers["Location"] == "/teacher/"
    html = client.get("/teacher/").get_data(as_text=True)
    assert "My classes" in html and "Ms Teacher" in html


def test_login_email_is_case_insensitive(client, session):
    gen_teacher(session)
    session.commit()
    login_teacher(client, email="  Teacher@Example.ORG ")


def test_wrong_password_is_401_with_a_message(client, session):
    gen_teacher(session)
    session.commit()
    response = wrong_login(client)
    assert response.status_code == 401
    assert LOGIN_FAILED in response.get_data(as_text=True)
    assert client.get("/teacher/").status_code == 302


def test_unknown_email_gets_the_same_message(client):
    response = wrong_login(client, "nobody@example.org")
    assert response.status_code == 401
    assert LOGIN_FAILED in response.get_data(as_text=True)


def test_a_student_cannot_log_in_as_a_teacher(client, session):
    teacher = gen_teacher(session)
    classroom = gen_class(session, teacher)
    gen_student(session, classroom)
    session.commit()
    response = submit(client, "/login", {"email": "Sam", "password": STUDENT_PASSWORD})
    assert response.status_code == 401


def test_sixth_failed_attempt_for_an_account_is_429(client, session):
    gen_teacher(session)
    session.commit()
    for _ in range(5):
        assert wrong_login(client).status_code == 401
    response = wrong_login(client)
    assert response.status_code == 429
    assert TOO_MANY in response.get_data(as_text=True)
    # Even the right password waits until the window has passed.
    response = submit(
        client, "/login", {"email": "teacher@example.org", "password": TEACHER_PASSWORD}
    )
    assert response.status_code == 429
    # Another account from the same address is not blocked.
    assert wrong_login(client, "other@example.org").status_code == 401


def test_account_limit_is_shared_by_every_address_and_case(app, session):
    gen_teacher(session)
    session.commit()
    for number in range(5):
        other = app.test_client()
        other.environ_base["REMOTE_ADDR"] = f"10.0.0.{number}"
        email = "TEACHER@example.org" if number % 2 else "teacher@example.org"
        assert wrong_login(other, email).status_code == 401
    last = app.test_client()
    last.environ_base["REMOTE_ADDR"] = "10.0.0.99"
    assert wrong_login(last).status_code == 429


def test_a_successful_login_is_not_counted(app, client, session):
    gen_teacher(session)
    session.commit()
    for _ in range(4):
        assert wrong_login(client).status_code == 401
    for _ in range(3):
        login_teacher(app.test_client())
    assert wrong_login(client).status_code == 401  # the fifth failure
    assert wrong_login(client).status_code == 429


def test_per_address_limit(app, client, session):
    app.config["LOGIN_LIMIT_PER_ADDRESS"] = "3 per 5 minutes"
    for number in range(3):
        assert wrong_login(client, f"someone{number}@example.org").status_code == 401
    response = wrong_login(client, "someone-else@example.org")
    assert response.status_code == 429
    assert TOO_MANY in response.get_data(as_text=True)
    other = app.test_client()
    other.environ_base["REMOTE_ADDR"] = "10.1.2.3"
    assert wrong_login(other, "someone-else@example.org").status_code == 401


def test_student_login_is_rate_limited_too(client, session):
    teacher = gen_teacher(session)
    classroom = gen_class(session, teacher)
    gen_student(session, classroom)
    session.commit()
    data = {"join_code": classroom.join_code, "display_name": "Sam", "password": "wrong-one"}
    for _ in range(5):
        assert submit(client, "/student-login", data).status_code == 401
    assert submit(client, "/student-login", {**data, "display_name": " SAM "}).status_code == 429


def test_login_starts_a_new_session(client, session):
    gen_teacher(session)
    session.commit()
    with client.session_transaction() as before:
        before["planted"] = "by someone else"
    old_cookie = client.get_cookie("session").value
    response = login_teacher(client)
    assert client.get_cookie("session").value != old_cookie
    with client.session_transaction() as after:
        assert "planted" not in after
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_logout_needs_post_and_csrf(client, session):
    gen_teacher(session)
    session.commit()
    login_teacher(client)
    assert client.get("/logout").status_code == 405
    response = client.post("/logout")
    assert response.status_code == 400
    assert client.get("/teacher/").status_code == 200  # still logged in
    response = submit(client, "/logout", page="/teacher/")
    assert response.status_code == 302
    assert client.get("/teacher/").status_code == 302


def test_a_copied_cookie_dies_at_logout(app, client, session):
    teacher = gen_teacher(session)
    session.commit()
    login_teacher(client)
    copied = client.get_cookie("session").value
    thief = app.test_client()
    thief.set_cookie("session", copied)
    assert thief.get("/teacher/").status_code == 200
    submit(client, "/logout", page="/teacher/")
    response = thief.get("/teacher/")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login")
    record = session.scalar(select(LoginSession).where(LoginSession.user_id == teacher.id))
    assert record.revoked_at is not None


def test_logging_in_twice_keeps_two_independent_sessions(app, session):
    gen_teacher(session)
    session.commit()
    laptop, phone = app.test_client(), app.test_client()
    login_teacher(laptop)
    login_teacher(phone)
    submit(laptop, "/logout", page="/teacher/")
    assert phone.get("/teacher/").status_code == 200


# --- registering -----------------------------------------------------------------------

REGISTRATION = {
    "display_name": "Mr Register",
    "email": "Register@Example.org",
    "password": "a-long-enough-password",
    "confirm": "a-long-enough-password",
}


def test_self_registration_logs_the_teacher_in(client, session):
    response = submit(client, "/register", REGISTRATION)
    assert response.status_code == 302
    assert response.headers["Location"] == "/teacher/"
    html = client.get("/teacher/").get_data(as_text=True)
    assert "Welcome! Create your first class below." in html and "Mr Register" in html
    teacher = session.scalar(select(User).where(User.email == "register@example.org"))
    assert teacher is not None and teacher.role == TEACHER


def test_registration_refuses_a_duplicate_email(client, session):
    gen_teacher(session, email="register@example.org")
    session.commit()
    response = submit(client, "/register", REGISTRATION)
    assert response.status_code == 422
    assert "An account with this email already exists. Log in instead." in response.get_data(
        as_text=True
    )


def test_registration_checks_password_length_and_confirmation(client):
    response = submit(
        client, "/register", {**REGISTRATION, "password": "short", "confirm": "short"}
    )
    assert response.status_code == 422
    assert "Field must be between 10 and 200 characters long." in response.get_data(as_text=True)
    response = submit(client, "/register", {**REGISTRATION, "confirm": "something-else"})
    assert response.status_code == 422
    assert "The passwords differ." in response.get_data(as_text=True)


def test_registration_refuses_something_that_is_not_an_email(client):
    response = submit(client, "/register", {**REGISTRATION, "email": "not-an-address"})
    assert response.status_code == 422
    assert "Enter an email address, like name@school.org." in response.get_data(as_text=True)


def test_registration_can_be_turned_off(app, client):
    app.config["ALLOW_TEACHER_SIGNUP"] = False
    assert client.get("/register").status_code == 404
    assert submit(client, "/register", REGISTRATION, page="/login").status_code == 404
    assert "Create an account" not in client.get("/login").get_data(as_text=True)


# --- redirects after login -------------------------------------------------------------


def test_login_follows_a_local_next_page(client, session):
    teacher = gen_teacher(session)
    classroom = gen_class(session, teacher)
    session.commit()
    target = f"/teacher/classes/{classroom.id}"
    response = client.get(target)
    assert response.status_code == 302 and "/login?next=" in response.headers["Location"]
    response = submit(
        client,
        f"/login?next={target}",
        {"email": "teacher@example.org", "password": TEACHER_PASSWORD},
    )
    assert response.headers["Location"] == target


def test_open_redirects_are_refused(client, session):
    gen_teacher(session)
    session.commit()
    for target in ("//evil.example", "https://evil.example/", "/\\evil.example", "evil.example"):
        response = submit(
            client,
            f"/login?next={target}",
            {"email": "teacher@example.org", "password": TEACHER_PASSWORD},
        )
        assert response.status_code == 302
        assert response.headers["Location"] == "/teacher/", target


# --- students --------------------------------------------------------------------------


def test_student_logs_in_with_code_name_and_password(client, session):
    teacher = gen_teacher(session)
    classroom = gen_class(session, teacher)
    gen_student(session, classroom, "Zoë Ådams")
    session.commit()
    response = login_student(client, classroom, name="zoë  ådams")
    assert response.headers["Location"] == "/me"
    assert "Zoë Ådams" in client.get("/me").get_data(as_text=True)


def test_student_wrong_password_is_401(client, session):
    teacher = gen_teacher(session)
    classroom = gen_class(session, teacher)
    gen_student(session, classroom)
    session.commit()
    data = {"join_code": classroom.join_code, "display_name": "Sam", "password": "nope-nope"}
    response = submit(client, "/student-login", data)
    assert response.status_code == 401
    assert "That class code, name and password do not match a student." in response.get_data(
        as_text=True
    )


def test_a_student_cannot_open_teacher_pages(client, session):
    teacher = gen_teacher(session)
    classroom = gen_class(session, teacher)
    gen_student(session, classroom)
    session.commit()
    login_student(client, classroom)
    assert client.get("/teacher/").status_code == 403
    assert client.get(f"/teacher/classes/{classroom.id}").status_code == 403
