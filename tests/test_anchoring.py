"""When an article's text changes, evidence is re-found or flagged, never pointed at wrong words."""

import re

from quizapp.content import anchors_to_check, store_article
from quizapp.core.articles import load_text
from quizapp.models import ArticleRecord
from tests.support import gen_teacher, login_teacher, submit

BANK = "/practice/test-mini"


def edit_article(session, old: str, new: str) -> None:
    record = session.get(ArticleRecord, "radio-times-2019-04-10")
    text = record.text.replace(old, new)
    assert text != record.text
    paragraphs = text.split("\n\n")
    store_article(session, load_text("\n\n".join(paragraphs), record.id, title=record.title))
    session.commit()


def answer_first_question(client) -> str:
    submit(client, f"{BANK}/start", page=BANK)
    submit(client, f"{BANK}/1", {"answer": "a"})
    return client.get(f"{BANK}/1").get_data(as_text=True)


def test_unchanged_article_links_exactly(client, session):
    html = answer_first_question(client)
    assert "See it in the article" in html and "has changed" not in html
    assert anchors_to_check(session, "test-mini") == []


def test_passage_that_moved_is_followed(client, session):
    edit_article(session, "Netflix has shared", "Streaming giant Netflix has this week shared")
    html = answer_first_question(client)
    assert "has changed" not in html
    start, end = map(int, re.search(r'href="[^"]*hl=(\d+)-(\d+)', html).groups())
    record = session.get(ArticleRecord, "radio-times-2019-04-10")
    assert record.text[start:end] == "It's the sad reality of climate change,"


def test_changed_passage_is_flagged_for_student_and_teacher(client, session):
    edit_article(
        session,
        "It's the sad reality of climate change,",
        "It is the sad reality of climate change,",
    )
    html = answer_first_question(client)
    assert "The article has changed since this question was written" in html
    assert "changed=1" in html
    issues = anchors_to_check(session, "test-mini")
    assert [(i.question_key, i.status) for i in issues] == [("lanfear-cause", "fuzzy")]
    assert "sad reality of climate change" in issues[0].current_text


def test_removed_passage_gets_no_link(client, session):
    edit_article(
        session,
        '"It\'s the sad reality of climate change," producer Sophie Lanfear says, through tears. ',
        "",
    )
    html = answer_first_question(client)
    assert "This passage is no longer in the article" in html
    gen_teacher(session)
    session.commit()
    teacher = client.application.test_client()
    login_teacher(teacher)
    banks = teacher.get("/teacher/banks").get_data(as_text=True)
    assert '<span class="flag">1</span>' in banks
    editor = teacher.get("/teacher/banks/test-mini/edit").get_data(as_text=True)
    assert "Evidence to check: the article changed" in editor and "no longer found" in editor


def test_articles_with_a_web_address_link_to_the_passage_there(client, session):
    record = session.get(ArticleRecord, "radio-times-2019-04-10")
    record.url = "https://www.radiotimes.example/news/walrus"
    session.commit()
    html = answer_first_question(client)
    assert 'href="https://www.radiotimes.example/news/walrus#:~:text=It' in html
    assert "on the original site" in html
