"""HTML pages become articles: metadata kept, page furniture dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.core.articles import BODY, CAPTION, HEADLINE, ArticleError
from quizapp.core.html_ingest import load_html
from quizapp.core.ingest import load_article_file

GOLD = Path(__file__).resolve().parent.parent / "gold"


def test_page_metadata_and_body() -> None:
    article = load_article_file(GOLD / "school-board.html", "elm")
    assert article.title == "Board votes to close Elm Street school"
    assert article.byline == "Sam Patel"
    assert article.published == "2024-05-14"
    assert article.publisher == "Valley Courier"
    assert article.url == "https://example.org/news/elm-street-school"
    assert article.source_file == "school-board.html"
    kinds = [p.kind for p in article.paragraphs]
    assert kinds[0] == HEADLINE
    assert kinds.count(CAPTION) == 1
    assert kinds.count(BODY) == 6


def test_furniture_is_dropped() -> None:
    text = load_article_file(GOLD / "school-board.html", "elm").text
    for furniture in (
        "Share on Facebook",
        "Advertisement",
        "newsletter",
        "Related:",
        "Home",
        "tracking",
        "©",
        "font-family",
    ):
        assert furniture not in text


def test_manifest_metadata_wins() -> None:
    article = load_article_file(GOLD / "school-board.html", "elm", publisher="The Courier")
    assert article.publisher == "The Courier"


def test_metadata_fallbacks() -> None:
    raw = """<html><head><title>Only a title</title>
    <meta property="og:url" content="https://example.org/x"></head>
    <body><main><p class="byline">By Ann Lee</p><time datetime="2020-02-03">3 Feb</time>
    <h2>A subheading</h2><p>First paragraph of the story.</p>
    <blockquote><p>Quoted words.</p></blockquote></main></body></html>"""
    article = load_html(raw, "x")
    assert article.title == "Only a title"
    assert article.byline == "Ann Lee"
    assert article.published == "2020-02-03"
    assert article.url == "https://example.org/x"
    texts = [article.paragraph_text(p) for p in article.body_paragraphs]
    assert texts == ["A subheading", "First paragraph of the story.", "Quoted words."]


@pytest.mark.parametrize(
    "raw", ["", "   ", "just some text with no tags", "<html><body><nav>Menu</nav></body></html>"]
)
def test_refuses_pages_without_body(raw: str) -> None:
    with pytest.raises(ArticleError):
        load_html(raw, "bad", source_file="bad.html")


def test_error_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><body><script>x</script></body></html>", encoding="utf-8")
    with pytest.raises(ArticleError) as error:
        load_article_file(path, "empty")
    assert "empty.html" in str(error.value)


def test_unsupported_suffix(tmp_path: Path) -> None:
    path = tmp_path / "story.pdf"
    path.write_bytes(b"%PDF")
    with pytest.raises(ArticleError, match="unsupported"):
        load_article_file(path, "pdf")
