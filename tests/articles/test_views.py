"""Article pages: furniture labelled, evidence highlighted, everything escaped."""

from quizapp.content import store_article
from quizapp.core.articles import load_text
from quizapp.db import db


def test_article_list(client):
    html = client.get("/articles/").get_data(as_text=True)
    assert "radio-times-2019-04-10" in html
    assert "Publisher not stated" in html


def test_article_page_labels_furniture_and_provenance(client):
    html = client.get("/articles/radio-times-2019-04-10").get_data(as_text=True)
    assert "Radio Times" in html and "2019-04-10" in html
    assert "Page furniture (logo, advert, link) · not part of the article&#39;s text" in html
    assert "Photo caption · not part of the article&#39;s text" in html
    assert "<mark" not in html


def test_highlight_marks_exact_span(client):
    text = "Polar scientist Anatoly Kochnev"
    html = client.get("/articles/radio-times-2019-04-10").get_data(as_text=True)
    assert text in html
    from quizapp.models import ArticleRecord

    with client.application.app_context():
        article = db.session.get(ArticleRecord, "radio-times-2019-04-10")
        start = article.text.index(text)
    html = client.get(
        f"/articles/radio-times-2019-04-10?hl={start}-{start + len(text)}&hl=junk&hl=5-1"
    ).get_data(as_text=True)
    assert f'<mark class="evidence" id="passage">{text}</mark>' in html
    assert html.count("<mark") == 2  # the note's sample mark and the passage


def test_out_of_range_highlight_is_ignored(client):
    html = client.get("/articles/radio-times-2019-04-10?hl=0-99999999").get_data(as_text=True)
    assert 'id="passage"' not in html


def test_article_text_is_escaped(app, client):
    with app.app_context():
        article = load_text("<script>alert(1)</script> said the <b>mayor</b>.", "xss-test")
        store_article(db.session, article)
        db.session.commit()
    html = client.get("/articles/xss-test?hl=0-8").get_data(as_text=True)
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;" in html


def test_missing_article_is_404(client):
    response = client.get("/articles/nope")
    assert response.status_code == 404
    assert "There is nothing at this address." in response.get_data(as_text=True)


def test_back_link_only_to_this_site(client):
    html = client.get("/articles/radio-times-2019-04-10?back=/practice/test-mini/1").get_data(
        as_text=True
    )
    assert '<a href="/practice/test-mini/1#feedback">← Back to the question</a>' in html
    for target in ("//evil.example/x", "https://evil.example/", "javascript:alert(1)"):
        html = client.get(f"/articles/radio-times-2019-04-10?back={target}").get_data(as_text=True)
        assert "Back to the question" not in html
