"""The per-class gradebook, a student's answers, and the CSV exports, filled by real attempts."""

import csv
import io
import re

from sqlalchemy import func, select

from quizapp.models import Response
from tests.support import (
    gen_assignment,
    gen_class,
    gen_student,
    gen_teacher,
    login_student,
    login_teacher,
    submit,
)

BOM = b"\xef\xbb\xbf"


def take(app, classroom, assignment, name: str, answers: list) -> None:
    """``name`` logs in, answers the questions in order and finishes the attempt."""
    client = app.test_client()
    login_student(client, classroom, name=name)
    url = submit(client, f"/assignments/{assignment.id}/start", page="/me").headers["Location"]
    base = url.rsplit("/", 1)[0]
    for number, answer in enumerate(answers, start=1):
        response = submit(client, f"{base}/{number}", {"answer": answer})
        assert response.status_code == 302, response.get_data(as_text=True)
    assert submit(client, f"{base}/finish", page=f"{base}/{len(answers)}").status_code == 302


def class_with_answers(app, session, names=("Amy", "Ben", "Cat", "Dan")):
    """Four students; Ben retries and gets everything right the second time."""
    teacher = gen_teacher(session)
    classroom = gen_class(session, teacher)
    students = {name: gen_student(session, classroom, name) for name in names}
    homework = gen_assignment(session, classroom, title="Homework", attempts_allowed=2)
    session.commit()
    first, second, third, fourth = names
    take(app, classroom, homework, first, ["a", ["a"], "fact"])  # 3 of 3
    take(app, classroom, homework, second, ["b", ["a"], "framing"])  # 1 of 3
    take(app, classroom, homework, second, ["a", ["a"], "fact"])  # 3 of 3: the best
    take(app, classroom, homework, third, ["c", ["a", "b"], "fact"])  # 1 of 3
    take(app, classroom, homework, fourth, ["a", ["b"], "fact"])  # 2 of 3
    return classroom, students, homework


def score_cells(html: str) -> dict[str, list[str]]:
    rows = re.findall(
        r'<th scope="row"><a href="[^"]+">([^<]+)</a></th>(.*?)</tr>', html, flags=re.S
    )
    return {name: re.findall(r'<td class="num">([^<]*)</td>', cells) for name, cells in rows}


def question_rows(html: str) -> dict[str, list[str]]:
    table = html.split('<table class="question-stats">', 1)[1].split("</table>", 1)[0]
    rows = {}
    for row in re.findall(r"<tr>\s*<td>(.*?)</tr>", table, flags=re.S):
        prompt = row.split("<", 1)[0].strip()
        choices = [re.sub(r"<[^>]+>", "", item) for item in re.findall(r"<li>(.*?)</li>", row)]
        rows[prompt] = re.findall(r'<td class="num">([^<]*)</td>', row) + choices
    return rows


def test_gradebook_shows_best_attempts_facility_and_choices(app, client, session):
    classroom, _, _ = class_with_answers(app, session)
    login_teacher(client)
    response = client.get(f"/teacher/classes/{classroom.id}/gradebook")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert '<th scope="col">Homework</th><th scope="col">Discernment</th>' in html
    # Best attempt per student; the single fact item gives no discernment figure.
    assert score_cells(html) == {
        "Amy": ["100%", "–"],
        "Ben": ["100%", "–"],
        "Cat": ["33%", "–"],
        "Dan": ["67%", "–"],
    }
    questions = question_rows(html)
    assert questions["What does producer Sophie Lanfear blame for the walrus deaths?"] == [
        "4", "0.75", "1.00", "✓ Climate change: 3", "The film crew: 1",
    ]  # fmt: skip
    assert questions["Who in these articles blames polar bears? Select all that apply."] == [
        "4", "0.50", "1.00", "✓ Susan Crockford: 3", "Anatoly Kochnev: 2",
    ]  # fmt: skip
    # Fact-or-framing prompts all read alike, so the sentence to judge is part of the label.
    assert questions[
        "Is this sentence a reported fact, a claim attributed to a source, or framing? "
        "“The segment occurs in the second episode of the natural history series”"
    ] == ["4", "1.00", "0.00", "✓ Reported fact: 4"]
    assert html.count('<span class="flag">review</span>') == 1  # everyone right: D = 0
    # Two charts, each an accessible image.
    assert len(re.findall(r'<svg [^>]*role="img"', html)) == 2
    assert "Score distribution" in html and "Class mastery by skill" in html
    assert "Gain:" not in html  # no post-test yet


def test_gradebook_mastery_by_skill(app, client, session):
    classroom, _, _ = class_with_answers(app, session)
    login_teacher(client)
    html = client.get(f"/teacher/classes/{classroom.id}/gradebook").get_data(as_text=True)
    mastery = html.split("<h2>Mastery by skill</h2>", 1)[1].split("</table>", 1)[0]
    row = re.search(r'<th scope="row">Class</th>(.*?)</tr>', mastery, flags=re.S).group(1)
    # cause 3/4, attribution 2/4, fact vs framing 4/4; other skills have no answers.
    assert sorted(re.findall(r'<td class="num">(\d+%)</td>', row)) == ["100%", "50%", "75%"]


def test_discernment_column_has_figures_when_framing_items_are_answered(app, client, session):
    from quizapp.attempts import record_answer, start_or_resume
    from quizapp.models import QuestionRecord, QuestionVersion

    teacher = gen_teacher(session)
    classroom = gen_class(session, teacher)
    spotter = gen_student(session, classroom, "Spotter")
    everything_framing = gen_student(session, classroom, "Framer")
    framing_keys = session.scalars(
        select(QuestionRecord.key).where(
            QuestionRecord.bank_id == "walrus-cliffs",
            QuestionRecord.type == "fact_or_framing",
            QuestionRecord.status == "approved",
        )
    ).all()
    assignment = gen_assignment(
        session, classroom, bank_id="walrus-cliffs", question_keys=list(framing_keys)
    )
    for student in (spotter, everything_framing):
        attempt = start_or_resume(session, assignment, student)
        for item in attempt.items:
            version = session.get(QuestionVersion, item["version_id"])
            right = [c["key"] for c in version.data["choices"] if c["correct"]]
            record_answer(session, attempt, version, right if student is spotter else ["framing"])
    session.commit()
    login_teacher(client)
    html = client.get(f"/teacher/classes/{classroom.id}/gradebook").get_data(as_text=True)
    cells = score_cells(html)
    assert cells["Spotter"] == ["100%", "+1.00"]
    assert cells["Framer"][1] == "+0.00"  # calling everything framing is not discernment


def test_gain_table_for_a_post_test(app, client, session):
    teacher = gen_teacher(session)
    classroom = gen_class(session, teacher)
    for name in ("Amy", "Ben"):
        gen_student(session, classroom, name)
    keys = ["lanfear-cause", "segment-episode"]
    pre = gen_assignment(session, classroom, title="Before", phase="pre", question_keys=keys)
    post = gen_assignment(
        session, classroom, title="After", phase="post", pretest_id=pre.id, question_keys=keys
    )
    session.commit()
    take(app, classroom, pre, "Amy", ["b", "fact"])
    take(app, classroom, pre, "Ben", ["c", "framing"])
    take(app, classroom, post, "Amy", ["a", "fact"])
    take(app, classroom, post, "Ben", ["a", "framing"])
    login_teacher(client)
    html = client.get(f"/teacher/classes/{classroom.id}/gradebook").get_data(as_text=True)
    assert "<h2>Gain: Before → After</h2>" in html
    table = html.split("<h2>Gain: Before → After</h2>", 1)[1].split("</table>", 1)[0]
    rows = re.findall(
        r'<th scope="row">([^<]+)</th><td class="num">([^<]+)</td>'
        r'<td class="num">([^<]+)</td><td class="num">([^<]+)</td>',
        table,
    )
    assert rows == [
        ("Cause: who blames what on what", "0%", "100%", "+100"),
        ("Fact or framing", "50%", "50%", "+0"),
    ]


def test_empty_gradebook_renders(client, session):
    teacher = gen_teacher(session)
    classroom = gen_class(session, teacher)
    gen_student(session, classroom, "Amy")
    gen_assignment(session, classroom)
    session.commit()
    login_teacher(client)
    response = client.get(f"/teacher/classes/{classroom.id}/gradebook")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert score_cells(html) == {"Amy": ["–", "–"]}
    assert len(re.findall(r'<svg [^>]*role="img"', html)) == 2


def test_student_page_shows_each_answer_with_its_evidence(app, client, session):
    classroom, students, _ = class_with_answers(app, session)
    login_teacher(client)
    html = client.get(f"/teacher/classes/{classroom.id}/students/{students['Cat'].id}").get_data(
        as_text=True
    )
    assert "<h1>Cat</h1>" in html and "Homework: attempt 1" in html
    answers = re.findall(r'<li class="(right|wrong)">', html)
    assert answers == ["wrong", "wrong", "right"]
    assert "Answered: The film crew" in html and "Right answer: Climate change" in html
    assert "Answered: Susan Crockford; Anatoly Kochnev" in html
    links = re.findall(r'<a href="([^"]+)">See it in the article</a>', html)
    assert len(links) == 3
    assert all(link.startswith("/articles/") and link.endswith("#passage") for link in links)
    article = client.get(links[0].replace("&amp;", "&").split("#")[0]).get_data(as_text=True)
    assert '<mark class="evidence" id="passage">' in article
    # Ben's two attempts are both listed.
    html = client.get(f"/teacher/classes/{classroom.id}/students/{students['Ben'].id}").get_data(
        as_text=True
    )
    assert "Homework: attempt 1" in html and "Homework: attempt 2" in html


def read_csv(response) -> list[list[str]]:
    body = response.get_data()
    assert body.startswith(BOM)
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"), newline="")))


def test_gradebook_csv(app, client, session):
    names = ("Zoë Ådams", "Ben", '=HYPERLINK("x")', "Łukasz")
    classroom, _, _ = class_with_answers(app, session, names=names)
    login_teacher(client)
    response = client.get(f"/teacher/classes/{classroom.id}/gradebook.csv")
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    rows = read_csv(response)
    assert rows[0] == ["Student", "Homework (%)"]
    by_name = {row[0]: row[1:] for row in rows[1:]}
    assert len(rows) == 1 + 4
    assert by_name == {
        "Zoë Ådams": ["100"],
        "Ben": ["100"],
        '\'=HYPERLINK("x")': ["33"],  # never a live formula
        "Łukasz": ["67"],
    }


def test_responses_csv_has_one_row_per_answer(app, client, session):
    names = ("Zoë Ådams", "Ben", '=HYPERLINK("x")', "Łukasz")
    classroom, _, _ = class_with_answers(app, session, names=names)
    login_teacher(client)
    response = client.get(f"/teacher/classes/{classroom.id}/responses.csv")
    assert response.status_code == 200
    rows = read_csv(response)
    header, body = rows[0], rows[1:]
    assert header == [
        "Student", "Assignment", "Attempt", "Question id", "Question version", "Skill",
        "Prompt", "Statement", "Selected", "Correct answer", "Right", "Answered at (UTC)",
    ]  # fmt: skip
    assert len(body) == session.scalar(select(func.count(Response.id))) == 15
    assert {row[0] for row in body} == {"Zoë Ådams", "Ben", '\'=HYPERLINK("x")', "Łukasz"}
    bens = [row for row in body if row[0] == "Ben"]
    assert sorted({row[2] for row in bens}) == ["1", "2"]
    first = next(row for row in body if row[0] == '\'=HYPERLINK("x")')
    assert first[1:4] == ["Homework", "1", "lanfear-cause"]
    assert first[5] == "cause" and first[7] == "" and first[8] == "The film crew"
    assert first[9] == "Climate change" and first[10] == "no"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", first[11])
    assert all(len(row) == len(header) for row in body)
