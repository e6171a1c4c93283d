"""A teacher brings in an article, reads its analysis and generates a draft bank."""

import io
import random
import re
import shutil

import pytest
from sqlalchemy import select

from quizapp.core.bank import validate_paths
from quizapp.core.library import load_library
from quizapp.models import ArticleRecord, QuestionRecord
from tests.support import PROJECT, csrf_token, gen_teacher, login_teacher

PAGE = """<!doctype html><html><head><title>Council votes | Riverside Gazette</title>
<meta property="og:site_name" content="Riverside Gazette">
<meta property="article:published_time" content="2024-03-05T09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<article><h1>Council votes to close Riverside library</h1>
<p>The council voted on Tuesday to close the Riverside library, blaming a shortfall in its budget.</p>
<p>"This is a devastating blow for our town," said Maria Lopez, chair of the Friends of Riverside Library.</p>
<p>Council leader Tom Reed said the closure was due to cuts in government funding.</p>
<p>The library has served the town for 84 years and lends about 40,000 books a year.</p>
<div class="share-buttons">Share this article</div></article>
<aside>Most read: Sports results</aside><script>track()</script></body></html>"""


@pytest.fixture
def workspace(app, client, session, tmp_path):
    library = tmp_path / "library"
    shutil.copytree(PROJECT / "seeds", library)
    questions = tmp_path / "questions"
    questions.mkdir()
    app.config.update(ARTICLES_DIR=str(library), QUESTIONS_DIR=str(questions))
    gen_teacher(session)
    session.commit()
    login_teacher(client)
    return library, questions


def post_article(client, **fields):
    token = csrf_token(client.get("/articles/new").get_data(as_text=True))
    data = {"csrf_token": token, "kind": "news report", **fields}
    return client.post("/articles/new", data=data, content_type="multipart/form-data")


def test_upload_html_is_stored_and_analysed(client, session, workspace):
    library, _ = workspace
    response = post_article(client, upload=(io.BytesIO(PAGE.encode()), "library.html"))
    assert response.status_code == 302, response.get_data(as_text=True)
    article_id = response.headers["Location"].split("/articles/")[1].split("/")[0]
    assert article_id == "riverside-gazette-2024-03-05"
    assert article_id in load_library(library).articles
    record = session.get(ArticleRecord, article_id)
    assert record.publisher == "Riverside Gazette" and "Share this" not in record.text
    html = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Article stored as" in html
    assert 'class="source"' in html or "source claim" in html
    assert "Maria Lopez" in html and "Tom Reed" in html
    assert re.search(r"<mark class=\"[^\"]*loaded[^\"]*\"[^>]*>devastating</mark>", html)
    assert "cuts in government funding" in html


def test_paste_plain_text(client, workspace):
    text = "Residents said the new bridge was a disgrace.\n\nThe bridge cost 4 million pounds."
    response = post_article(client, pasted=text, title="Bridge opens", publisher="Town Post")
    assert response.status_code == 302
    assert (
        "/articles/town-post" in response.headers["Location"]
        or "/articles/bridge-opens" in response.headers["Location"]
    )


def test_neither_or_both_is_refused(client, workspace):
    response = post_article(client)
    assert response.status_code == 422
    assert "Upload a file or paste the text: one of the two." in response.get_data(as_text=True)
    response = post_article(client, pasted="Some text.", upload=(io.BytesIO(b"x"), "a.txt"))
    assert response.status_code == 422


@pytest.mark.parametrize(
    ("payload", "name", "message"),
    [
        (b"", "empty.html", "empty.html: the file is empty"),
        (b"<html><body><nav>Home</nav></body></html>", "nav.html", "no paragraphs of body text"),
        ("café".encode("latin-1"), "latin.txt", "latin.txt: not UTF-8 text"),
        (b"x", "notes.pdf", "Upload a .txt or .html file."),
    ],
)
def test_bad_files_get_clear_messages_and_store_nothing(client, workspace, payload, name, message):
    library, _ = workspace
    before = (library / "articles.yaml").read_text()
    response = post_article(client, upload=(io.BytesIO(payload), name))
    assert response.status_code == 422
    assert message in response.get_data(as_text=True).replace("&#39;", "'")
    assert (library / "articles.yaml").read_text() == before


def test_generate_draft_bank_from_an_article(client, session, workspace):
    library, questions = workspace
    token = csrf_token(
        client.get("/articles/radio-times-2019-04-10/analysis").get_data(as_text=True)
    )
    response = client.post(
        "/articles/radio-times-2019-04-10/generate",
        data={"csrf_token": token, "title": "Walrus draft"},
    )
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/teacher/banks/draft-radio-times-2019-04-10/edit")
    draft = questions / "drafts" / "draft-radio-times-2019-04-10.yaml"
    (result,) = validate_paths([draft], load_library(library).texts())
    assert result.ok and len(result.bank.questions) >= 5
    statuses = set(
        session.scalars(
            select(QuestionRecord.status).where(QuestionRecord.bank_id == result.bank.id)
        )
    )
    assert statuses == {"draft"}
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Draft bank &#39;draft-radio-times-2019-04-10&#39; made with" in page
    # A second draft from the same article gets a new id instead of overwriting the first.
    token = csrf_token(page)
    again = client.post(
        "/articles/radio-times-2019-04-10/generate", data={"csrf_token": token, "title": "Again"}
    )
    assert again.headers["Location"].endswith("/teacher/banks/draft-radio-times-2019-04-10-2/edit")


def test_overlong_paste_is_refused_with_its_length_and_nothing_stored(client, workspace):
    library, _ = workspace
    before = (library / "articles.yaml").read_text()
    page = client.get("/articles/new").get_data(as_text=True)
    assert "maxlength" not in page.split('name="pasted"')[0].rsplit("<textarea", 1)[-1]
    text = "A sentence about the council budget, and the library.\n" * 3800  # 205,200
    response = post_article(client, pasted=text)
    assert response.status_code == 422
    body = response.get_data(as_text=True)
    assert "The pasted text has 205,200 characters; the limit is 200,000." in body
    assert (library / "articles.yaml").read_text() == before


def test_line_breaks_count_once_as_stored(client, workspace):
    # Browsers send each line break as two characters; the limit applies to the stored text.
    words = "council bridge river budget school road library market park station".split()
    rng = random.Random(7)
    text = "".join(" ".join(rng.choices(words, k=9)).capitalize() + ".\r\n" for _ in range(3200))
    assert len(text) > 200_000 >= len(text.replace("\r\n", "\n"))
    response = post_article(client, pasted=text, title="Bridge", publisher="Town Post")
    assert response.status_code == 302
