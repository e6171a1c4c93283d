"""The article loader: one canonical text, exact paragraph offsets, furniture set apart."""

from pathlib import Path

import pytest

from quizapp.core.articles import (
    BODY,
    CAPTION,
    DATELINE,
    FURNITURE,
    HEADLINE,
    STANDFIRST,
    ArticleError,
    load_text,
    parse_date,
    split_plain_text,
)
from quizapp.core.ingest import load_article_file
from quizapp.core.library import load_library
from tests.support import PROJECT


@pytest.fixture(scope="module")
def library():
    return load_library(PROJECT / "seeds")


def test_library_loads_the_three_seeds_with_provenance(library):
    assert library.problems == []
    assert set(library.articles) == {
        "radio-times-2019-04-10",
        "planet-earth-bear-walrus-clip",
        "our-planet-backlash",
    }
    radio_times = library.articles["radio-times-2019-04-10"]
    assert radio_times.publisher == "Radio Times"
    assert radio_times.published == "2019-04-10"
    assert library.articles["our-planet-backlash"].publisher is None


def test_seed_files_are_verbatim_copies_of_the_shared_originals():
    shared = PROJECT.parent / "shared" / "seeds"
    if not shared.exists():
        pytest.skip("shared/ is not beside the project")
    for original in shared.glob("*.txt"):
        assert (PROJECT / "seeds" / original.name).read_bytes() == original.read_bytes()


def test_paragraph_offsets_index_the_text_exactly(library):
    for article in library.articles.values():
        for paragraph in article.paragraphs:
            text = article.paragraph_text(paragraph)
            assert text == text.strip() and text
            assert "\n" not in text


def test_radio_times_furniture_and_headings_are_labelled(library):
    article = library.articles["radio-times-2019-04-10"]
    kinds = {article.paragraph_text(p): p.kind for p in article.paragraphs}
    assert kinds["The Radio Times logo"] == FURNITURE
    assert kinds["Sponsored content"] == FURNITURE
    assert kinds["Watch the Our Planet video below."] == FURNITURE
    assert kinds["Published: Wednesday, 10th April 2019 at 10:57 am"] == DATELINE
    assert kinds[article.title] == HEADLINE
    captions = [t for t, k in kinds.items() if k == CAPTION]
    assert len(captions) == 2 and all(
        t.startswith("Producer/director Sophie Lanfear") for t in captions
    )
    standfirst = [t for t, k in kinds.items() if k == STANDFIRST]
    assert standfirst[0].startswith("A new behind the scenes video")
    body = [article.paragraph_text(p) for p in article.body_paragraphs]
    assert body[0].startswith("Netflix has shared")
    assert not any("Sponsored" in t for t in body)


def test_articles_without_headline_are_all_body(library):
    article = library.articles["our-planet-backlash"]
    assert [p.kind for p in article.paragraphs] == [BODY] * 5


def test_hard_wrapped_text_is_joined_into_paragraphs():
    raw = (
        "The council met on Tuesday night to discuss the budget for the\n"
        "coming year, and agreed to raise spending on the library.\n"
        "\n"
        "Residents said they were pleased.\n"
    )
    assert split_plain_text(raw) == [
        "The council met on Tuesday night to discuss the budget for the coming year, "
        "and agreed to raise spending on the library.",
        "Residents said they were pleased.",
    ]


def test_crlf_and_single_line_paragraphs():
    assert split_plain_text("One.\r\nTwo.\r\n\r\nThree.") == ["One.", "Two.", "Three."]


def test_empty_text_is_refused_with_the_file_name():
    with pytest.raises(ArticleError, match=r"empty\.txt: the file is empty"):
        load_text("  \n\n ", "x", source_file="empty.txt")


def test_text_with_only_furniture_is_refused():
    with pytest.raises(ArticleError, match="no paragraphs of body text"):
        load_text("Sponsored content\n\nAdvertisement\n", "x", source_file="ads.txt")


def test_unreadable_files_get_clear_errors(tmp_path: Path):
    with pytest.raises(ArticleError, match="file not found"):
        load_article_file(tmp_path / "missing.txt", "x")
    binary = tmp_path / "latin1.txt"
    binary.write_bytes("caf\xe9 au lait".encode("latin-1"))
    with pytest.raises(ArticleError, match=r"latin1\.txt: not UTF-8"):
        load_article_file(binary, "x")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wednesday, 10th April 2019 at 10:57 am", "2019-04-10"),
        ("April 3, 2021", "2021-04-03"),
        ("2019-04-05T10:00:00Z", "2019-04-05"),
        ("sometime last year", None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_manifest_problems_are_reported_with_lines(tmp_path: Path):
    (tmp_path / "articles.yaml").write_text(
        "articles:\n  - id: a\n    file: a.txt\n  - id: a\n    file: a.txt\n  - file: b.txt\n"
    )
    (tmp_path / "a.txt").write_text("A body paragraph of some length.\n")
    library = load_library(tmp_path)
    assert list(library.articles) == ["a"]
    messages = [(p.line, p.message) for p in library.problems]
    assert messages == [
        (4, "article id 'a' is listed twice"),
        (6, "each article needs an 'id' and a 'file'"),
    ]
