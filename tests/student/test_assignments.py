"""Assigned quizzes from the student's side: attempts, answers, feedback timing, shuffling."""

import re
from datetime import timedelta

from sqlalchemy import func, select

from quizapp.models import Attempt, QuestionRecord, QuestionVersion, Response
from quizapp.models.people import utcnow
from tests.support import (
    csrf_token,
    gen_assignment,
    gen_class,
    gen_student,
    gen_teacher,
    login_student,
    submit,
)

LANFEAR = "What does producer Sophie Lanfear blame for the walrus deaths?"
EXPLANATION = "sad reality of climate change"


def setup_class(session, students=("Sam",), **assignment_fields):
    teacher = gen_teacher(session)
    classroom = gen_class(session, teacher)
    people = [gen_student(session, classroom, name) for name in students]
    assignment = gen_assignment(session, classroom, **assignment_fields)
    session.commit()
    return classroom, people, assignment


def start(client, assignment) -> str:
    """Press Start (or Resume) on /me; the URL of the question it leads to."""
    response = submit(client, f"/assignments/{assignment.id}/start", page="/me")
    assert response.status_code == 302, response.get_data(as_text=True)
    return response.headers["Location"]


def flashes(html: str) -> list[str]:
    return re.findall(r'<p class="flash flash-\w+" role="status">([^<]*)</p>', html)


def attempt_url(session, student, number: int = 1) -> str:
    attempt = session.scalar(select(Attempt).where(Attempt.student_id == student.id))
    return f"/attempts/{attempt.id}/{number}"


def finish(client, question_url: str):
    attempt_id = question_url.split("/")[2]
    return submit(client, f"/attempts/{attempt_id}/finish", {"confirm": "yes"}, page=question_url)


def test_my_work_lists_the_assignment_with_a_start_button(client, session):
    classroom, _, assignment = setup_class(session, title="Walrus homework")
    login_student(client, classroom)
    html = client.get("/me").get_data(as_text=True)
    assert "Walrus homework" in html and "0 of 1 attempt used" in html
    assert f'action="/assignments/{assignment.id}/start"' in html and ">Start</button>" in html


def test_start_goes_to_question_one_without_the_answer_key(client, session):
    classroom, _, assignment = setup_class(session)
    login_student(client, classroom)
    url = start(client, assignment)
    assert re.fullmatch(r"/attempts/\d+/1", url)
    html = client.get(url).get_data(as_text=True)
    assert "1 of 3" in html and LANFEAR in html
    assert "Climate change" in html and "A polar bear attack" in html
    assert EXPLANATION not in html and "Crockford" not in html
    assert "(right answer)" not in html and "Right." not in html and "✓" not in html


def test_answer_is_stored_against_the_question_version(client, session):
    classroom, _, assignment = setup_class(session)
    login_student(client, classroom)
    url = start(client, assignment)
    response = submit(client, url, {"answer": "a"})
    assert response.status_code == 302 and response.headers["Location"] == url + "#feedback"
    stored = session.scalar(select(Response))
    record = session.scalar(select(QuestionRecord).where(QuestionRecord.key == "lanfear-cause"))
    assert stored.selected == ["a"] and stored.correct is True
    assert stored.version.question_id == record.id
    assert stored.version.content_hash == record.content_hash
    html = client.get(url).get_data(as_text=True)
    assert "Right." in html and EXPLANATION in html
    assert 'href="/articles/radio-times-2019-04-10?hl=' in html


def test_multiple_choice_and_fact_or_framing_are_graded(client, session):
    classroom, _, assignment = setup_class(session)
    login_student(client, classroom)
    url = start(client, assignment)
    base = url.rsplit("/", 1)[0]
    submit(client, f"{base}/1", {"answer": "b"})
    submit(client, f"{base}/2", {"answer": ["a", "b"]})
    submit(client, f"{base}/3", {"answer": "fact"})
    answers = session.scalars(select(Response).order_by(Response.id)).all()
    assert [(r.selected, r.correct) for r in answers] == [
        (["b"], False),
        (["a", "b"], False),
        (["fact"], True),
    ]
    finish(client, f"{base}/3")
    html = client.get(f"{base}/review").get_data(as_text=True)
    assert "1 of 3 right" in html


def test_empty_and_forged_answers_are_refused(client, session):
    classroom, _, assignment = setup_class(session)
    login_student(client, classroom)
    url = start(client, assignment)
    response = submit(client, url, {})
    assert response.status_code == 422
    assert "Choose an answer before you check it." in response.get_data(as_text=True)
    assert submit(client, url, {"answer": "z"}).status_code == 422
    assert session.scalar(select(func.count(Response.id))) == 0


def test_a_second_post_of_the_same_question_counts_once(client, session):
    classroom, _, assignment = setup_class(session)
    login_student(client, classroom)
    url = start(client, assignment)
    token = csrf_token(client.get(url).get_data(as_text=True))
    client.post(url, data={"csrf_token": token, "answer": "b"})
    client.post(url, data={"csrf_token": token, "answer": "a"})
    answers = session.scalars(select(Response)).all()
    assert len(answers) == 1 and answers[0].selected == ["b"]
    assert "Not quite." in client.get(url).get_data(as_text=True)


def test_resume_goes_to_the_first_unanswered_question(client, session):
    classroom, _, assignment = setup_class(session)
    login_student(client, classroom)
    url = start(client, assignment)
    submit(client, url, {"answer": "a"})
    html = client.get("/me").get_data(as_text=True)
    assert ">Resume</button>" in html and "in progress (1 of 3 answered)" in html
    assert start(client, assignment) == url[:-1] + "2"
    assert session.scalar(select(func.count(Attempt.id))) == 1


def test_attempt_limit_is_enforced_with_a_message(client, session):
    classroom, _, assignment = setup_class(session, attempts_allowed=2)
    login_student(client, classroom)
    first = start(client, assignment)
    finish(client, first)
    second = start(client, assignment)
    assert second != first
    finish(client, second)
    html = client.get("/me").get_data(as_text=True)
    assert "2 of 2 attempts used" in html and "/start" not in html
    response = submit(client, f"/assignments/{assignment.id}/start", page="/me")
    assert response.headers["Location"] == "/me"
    assert "You have used all 2 attempts." in flashes(client.get("/me").get_data(as_text=True))
    assert session.scalar(select(func.count(Attempt.id))) == 2


def test_a_single_attempt_is_refused_with_a_message(client, session):
    classroom, _, assignment = setup_class(session)
    login_student(client, classroom)
    finish(client, start(client, assignment))
    response = submit(client, f"/assignments/{assignment.id}/start", page="/me")
    assert response.headers["Location"] == "/me"
    assert "You have used your attempt." in flashes(client.get("/me").get_data(as_text=True))


def test_a_closed_assignment_cannot_be_started(client, session):
    past = utcnow() - timedelta(days=1)
    classroom, _, assignment = setup_class(
        session, opens_at=past - timedelta(days=1), closes_at=past
    )
    login_student(client, classroom)
    html = client.get("/me").get_data(as_text=True)
    assert "Closed " in html and "/start" not in html
    response = submit(client, f"/assignments/{assignment.id}/start", page="/me")
    assert response.headers["Location"] == "/me"
    assert "This assignment is not open now." in flashes(client.get("/me").get_data(as_text=True))


def test_a_closed_assignment_refuses_new_answers(client, session):
    classroom, _, assignment = setup_class(session, closes_at=utcnow() + timedelta(hours=1))
    login_student(client, classroom)
    url = start(client, assignment)
    assignment.closes_at = utcnow() - timedelta(seconds=1)
    session.commit()
    response = submit(client, url, {"answer": "a"})
    assert response.status_code == 302
    html = client.get(url).get_data(as_text=True)
    assert "This assignment has closed; answers can no longer be changed." in flashes(html)
    assert session.scalar(select(func.count(Response.id))) == 0


def test_feedback_after_the_attempt(client, session):
    classroom, _, assignment = setup_class(session, feedback_timing="attempt")
    login_student(client, classroom)
    url = start(client, assignment)
    submit(client, url, {"answer": "a"})
    html = client.get(url).get_data(as_text=True)
    assert "Your answer is saved." in html and "after you finish the attempt" in html
    assert "Right." not in html and EXPLANATION not in html and "Climate change" not in html
    review = url.rsplit("/", 1)[0] + "/review"
    assert client.get(review).headers["Location"] == url[:-1] + "2"  # not finished yet
    finish(client, url)
    html = client.get(review).get_data(as_text=True)
    assert "1 of 3 right (2 not answered)" in html
    assert "Right." in html and EXPLANATION in html
    assert "See it in the article" in html
    # A finished attempt's questions lead to the review.
    assert client.get(url).headers["Location"] == review


def test_feedback_after_the_assignment_closes(client, session):
    classroom, _, assignment = setup_class(
        session, feedback_timing="close", closes_at=utcnow() + timedelta(hours=1)
    )
    login_student(client, classroom)
    url = start(client, assignment)
    submit(client, url, {"answer": "a"})
    html = client.get(url).get_data(as_text=True)
    assert "after the assignment closes" in html and "Right." not in html
    finish(client, url)
    review = url.rsplit("/", 1)[0] + "/review"
    html = client.get(review).get_data(as_text=True)
    assert "Right." not in html and EXPLANATION not in html
    assert "after the assignment closes" in html
    assignment.closes_at = utcnow() - timedelta(seconds=1)
    session.commit()
    html = client.get(review).get_data(as_text=True)
    assert "Right." in html and EXPLANATION in html


def test_review_of_an_unfinished_attempt_does_not_reveal_unanswered_questions(client, session):
    """With feedback after each question, only answered questions may show their answers."""
    classroom, _, assignment = setup_class(session, feedback_timing="each")
    login_student(client, classroom)
    url = start(client, assignment)
    submit(client, url, {"answer": "a"})
    review = url.rsplit("/", 1)[0] + "/review"
    response = client.get(review, follow_redirects=True)
    html = response.get_data(as_text=True)
    assert response.request.path == url[:-1] + "2"
    assert "Only Crockford says" not in html  # question 2's explanation
    assert "checkable fact about the series" not in html  # question 3's explanation


def question_order(client, url: str) -> list[str]:
    prompts = []
    base = url.rsplit("/", 1)[0]
    for number in (1, 2, 3):
        html = client.get(f"{base}/{number}").get_data(as_text=True)
        prompts.append(re.search(r'<h1 id="prompt" class="prompt">([^<]+)</h1>', html).group(1))
    return prompts


def choice_order(client, url: str) -> list[str]:
    html = client.get(url).get_data(as_text=True)
    return re.findall(r'<input id="answer-\d+" name="answer" [^>]*value="([^"]+)"', html)


def test_shuffle_is_stable_for_an_attempt_and_differs_between_students(app, session):
    names = [f"Student {n}" for n in range(8)]
    classroom, _, assignment = setup_class(session, students=names, shuffle=True)
    orders = set()
    for name in names:
        client = app.test_client()
        login_student(client, classroom, name=name)
        url = start(client, assignment)
        order = question_order(client, url)
        assert sorted(order) == sorted(set(order)) and len(order) == 3
        assert question_order(client, url) == order  # reloading changes nothing
        assert start(client, assignment) == url  # nor does resuming
        choices = [tuple(choice_order(client, url.rsplit("/", 1)[0] + f"/{n}")) for n in (1, 2, 3)]
        assert choices == [
            tuple(choice_order(client, url.rsplit("/", 1)[0] + f"/{n}")) for n in (1, 2, 3)
        ]
        orders.add((tuple(order), tuple(choices)))
    assert len(orders) > 1


def test_shuffled_choices_are_graded_by_key(client, session):
    classroom, _, assignment = setup_class(session, shuffle=True, question_keys=["lanfear-cause"])
    login_student(client, classroom)
    url = start(client, assignment)
    html = client.get(url).get_data(as_text=True)
    key = re.search(r'value="([a-z])"> <span>Climate change</span>', html).group(1)
    submit(client, url, {"answer": key})
    assert session.scalar(select(Response)).correct is True


def test_editing_a_question_later_keeps_earlier_answers_on_the_old_version(app, session):
    classroom, (sam, alex), assignment = setup_class(session, students=("Sam", "Alex"))
    sams = app.test_client()
    login_student(sams, classroom)
    submit(sams, start(sams, assignment), {"answer": "a"})
    record = session.scalar(select(QuestionRecord).where(QuestionRecord.key == "lanfear-cause"))
    old_hash = record.content_hash
    # What a re-seed does when the YAML changes: new data, new content hash.
    record.data = {**record.data, "prompt": "Whom does Lanfear blame?"}
    record.content_hash = "0123456789abcdef"
    session.commit()

    alexs = app.test_client()
    login_student(alexs, classroom, name="Alex")
    url = start(alexs, assignment)
    assert "Whom does Lanfear blame?" in alexs.get(url).get_data(as_text=True)
    submit(alexs, url, {"answer": "a"})

    session.expire_all()
    answers = {r.attempt.student_id: r.version for r in session.scalars(select(Response)).all()}
    assert answers[sam.id].content_hash == old_hash
    assert answers[sam.id].data["prompt"] == LANFEAR
    assert answers[alex.id].content_hash == "0123456789abcdef"
    assert answers[sam.id].question_id == answers[alex.id].question_id == record.id
    versions = session.scalar(
        select(func.count(QuestionVersion.id)).where(QuestionVersion.question_id == record.id)
    )
    assert versions == 2
    # Sam's page still shows the question as Sam saw it.
    assert LANFEAR in sams.get(attempt_url(session, sam)).get_data(as_text=True)


def test_a_student_cannot_open_another_students_attempt(app, session):
    classroom, _, assignment = setup_class(session, students=("Sam", "Alex"))
    sams = app.test_client()
    login_student(sams, classroom)
    url = start(sams, assignment)
    attempt_id = url.split("/")[2]
    alexs = app.test_client()
    login_student(alexs, classroom, name="Alex")
    assert alexs.get(url).status_code == 403
    assert alexs.get(f"/attempts/{attempt_id}/review").status_code == 403
    token = csrf_token(alexs.get("/me").get_data(as_text=True))
    assert alexs.post(url, data={"csrf_token": token, "answer": "a"}).status_code == 403
    assert (
        alexs.post(f"/attempts/{attempt_id}/finish", data={"csrf_token": token}).status_code == 403
    )
    assert session.scalar(select(func.count(Response.id))) == 0


def test_a_student_cannot_start_another_classes_assignment(client, session):
    classroom, _, _ = setup_class(session)
    other_class = gen_class(session, classroom.teacher, name="Year 10")
    foreign = gen_assignment(session, other_class, title="Not yours")
    session.commit()
    login_student(client, classroom)
    assert "Not yours" not in client.get("/me").get_data(as_text=True)
    response = submit(client, f"/assignments/{foreign.id}/start", page="/me")
    assert response.status_code == 403
    assert session.scalar(select(func.count(Attempt.id))) == 0


def test_starting_needs_csrf(client, session):
    classroom, _, assignment = setup_class(session)
    login_student(client, classroom)
    assert client.post(f"/assignments/{assignment.id}/start").status_code == 400
    assert session.scalar(select(func.count(Attempt.id))) == 0


def test_finishing_with_unanswered_questions_asks_first(app, client, session):
    teacher = gen_teacher(session)
    classroom = gen_class(session, teacher)
    gen_student(session, classroom)
    assignment = gen_assignment(session, classroom)
    session.commit()
    login_student(client, classroom)
    started = submit(client, f"/assignments/{assignment.id}/start", page="/me")
    question_url = started.headers["Location"]
    attempt_id = int(question_url.split("/attempts/")[1].split("/")[0])
    asked = submit(client, f"/attempts/{attempt_id}/finish", page=question_url)
    html = asked.get_data(as_text=True)
    assert asked.status_code == 200
    assert "3 questions not answered yet will count as wrong" in html
    assert "Go to question 1" in html
    assert "Check my answer" in client.get(question_url).get_data(as_text=True)  # not finished


def test_students_who_must_log_in_go_to_the_student_login(client):
    response = client.get("/me")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/student-login?next=")
    assert client.get("/teacher/").headers["Location"].startswith("/login?next=")


def test_review_counts_unanswered_questions_as_wrong_by_skill(app, client, session):
    teacher = gen_teacher(session)
    classroom = gen_class(session, teacher)
    gen_student(session, classroom)
    assignment = gen_assignment(session, classroom, feedback_timing="attempt")
    session.commit()
    login_student(client, classroom)
    question_url = submit(client, f"/assignments/{assignment.id}/start", page="/me").headers[
        "Location"
    ]
    attempt_id = int(question_url.split("/attempts/")[1].split("/")[0])
    page = client.get(question_url).get_data(as_text=True)
    answer = "a" if "Climate change" in page else ("fact" if "Reported fact" in page else "a")
    submit(client, question_url, {"answer": answer})
    submit(client, f"/attempts/{attempt_id}/finish", {"confirm": "yes"}, page=question_url)
    review = client.get(f"/attempts/{attempt_id}/review").get_data(as_text=True)
    assert "(2 not answered)" in review
    totals = re.findall(r'<th scope="row">[^<]+</th><td>\d+ of (\d+)</td>', review)
    assert sorted(map(int, totals)) == [1, 1, 1]  # each skill counts its question, answered or not
    assert review.count("Not answered.") == 2
