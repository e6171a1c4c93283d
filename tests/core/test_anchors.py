"""Re-finding evidence passages after an article's text changes."""

from __future__ import annotations

from urllib.parse import unquote

from quizapp.core.anchors import make_selectors, reanchor, text_fragment_url

TEXT = "The cat sat on the mat. The dog sat on the mat. The end of the story."


def selectors_for(passage: str, text: str = TEXT, occurrence: int = 0):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(passage, start + 1)
    return make_selectors(text, start, start + len(passage))


def test_selectors_shape() -> None:
    selectors = selectors_for("dog sat")
    assert selectors["quote"] == {
        "exact": "dog sat",
        "prefix": "The cat sat on the mat. The ",
        "suffix": " on the mat. The end of the stor",
    }
    assert selectors["position"] == {"start": 28, "end": 35}


def test_exact_at_same_position() -> None:
    result = reanchor(TEXT, selectors_for("dog sat"))
    assert (result.start, result.end, result.status) == (28, 35, "exact")


def test_moved_uses_context_to_pick_the_right_copy() -> None:
    selectors = selectors_for("sat on the mat", occurrence=1)  # the dog's
    new_text = "Preface. " + TEXT
    result = reanchor(new_text, selectors)
    assert result.status == "moved"
    assert new_text[result.start - 4 : result.end] == "dog sat on the mat"


def test_fuzzy_is_flagged() -> None:
    selectors = selectors_for("The end of the story")
    new_text = TEXT.replace("The end of the story", "The end of this story")
    result = reanchor(new_text, selectors)
    assert result.status == "fuzzy"
    assert "end of th" in new_text[result.start : result.end]


def test_lost_rather_than_wrong() -> None:
    result = reanchor("Something else entirely.", selectors_for("dog sat on the mat"))
    assert (result.start, result.end, result.status) == (None, None, "lost")


def test_text_fragment_url() -> None:
    url = text_fragment_url("https://example.org/a#top", "walruses, stranded - on a cliff")
    assert url.startswith("https://example.org/a#:~:text=")
    fragment = url.split("#:~:text=")[1]
    assert "," not in fragment and "-" not in fragment
    assert unquote(fragment) == "walruses, stranded - on a cliff"
    long = text_fragment_url("https://e.org/x", " ".join(f"w{i}" for i in range(30)))
    start, end = long.split("#:~:text=")[1].split(",")
    assert unquote(start) == "w0 w1 w2 w3" and unquote(end) == "w26 w27 w28 w29"
