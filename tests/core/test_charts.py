"""Server-drawn SVG charts: accessible, scalable, CSP-friendly and escaped."""

import xml.etree.ElementTree as ET

import pytest
from markupsafe import Markup, escape

from quizapp.core.bank import SKILLS
from quizapp.core.charts import MAX_LABEL_CHARS, bar_chart_svg, histogram_svg
from quizapp.core.stats import score_distribution

SVG = "{http://www.w3.org/2000/svg}"
NASTY = "<script>alert(1)</script> & co"


def parse(svg: str) -> ET.Element:
    return ET.fromstring(str(svg))


def texts(root: ET.Element) -> list[str]:
    return [t.text or "" for t in root.iter(f"{SVG}text")]


def bars(root: ET.Element) -> list[ET.Element]:
    return [r for r in root.iter(f"{SVG}rect") if r.get("class") == "bar"]


def check_accessible(svg: Markup) -> ET.Element:
    assert isinstance(svg, Markup)
    assert "style=" not in svg
    root = parse(svg)
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    assert root.get("viewBox", "").startswith("0 0 ")
    assert root[0].tag == f"{SVG}title" and root[1].tag == f"{SVG}desc"
    assert root.get("aria-labelledby") == f"{root[0].get('id')} {root[1].get('id')}"
    return root


def test_histogram_draws_one_bar_per_bin_and_says_the_counts():
    chart = histogram_svg(
        score_distribution([5, 15, 15, 100], bins=4),
        title="Scores",
        x_label="Score (%)",
        y_label="Students",
    )
    root = check_accessible(chart)
    assert root[0].text == "Scores"
    assert (
        root[1].text == "Students by Score (%), 4 in all. 0–25: 3; 25–50: 0; 50–75: 0; 75–100: 1."
    )
    heights = [float(r.get("height")) for r in bars(root)]
    assert heights == [180.0, 0.0, 0.0, 60.0]  # the tallest bar fills the plot
    assert all(r.get("fill") for r in bars(root))
    assert {"3", "1", "0–25", "75–100", "Score (%)", "Students"} <= set(texts(root))


def test_histogram_escapes_every_label():
    chart = histogram_svg(score_distribution([50]), title=NASTY, x_label=NASTY, y_label=NASTY)
    assert "<script>" not in chart
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in chart
    root = check_accessible(chart)
    assert root[0].text == NASTY
    assert texts(root).count(NASTY) == 2


def test_bar_chart_writes_each_value_beside_its_bar():
    chart = bar_chart_svg(
        [("Attribution: who said it", 75), ("Loaded language", 66.666), ("Cause", 150)],
        title="Skills",
    )
    root = check_accessible(chart)
    widths = [float(r.get("width")) for r in bars(root)]
    # The track is 240 wide; 150% is clipped to the full track.
    assert widths == [180.0, pytest.approx(160, abs=0.01), 240.0]
    assert [t for t in texts(root) if t.endswith("%")] == ["75%", "66.7%", "150%"]
    assert root[1].text == "Attribution: who said it: 75%; Loaded language: 66.7%; Cause: 150%."


def test_bar_chart_with_another_scale_and_unit():
    root = check_accessible(
        bar_chart_svg([("Ann", 3), ("Bo", 0)], title="Tries", max_value=4, unit="")
    )
    assert [float(r.get("width")) for r in bars(root)] == [180.0, 0.0]
    assert {"3", "0"} <= set(texts(root))


def test_a_negative_value_draws_no_bar_but_is_written():
    root = check_accessible(bar_chart_svg([("Gain", -12.5), ("Tiny", -0.01)], title="Gains"))
    assert [float(r.get("width")) for r in bars(root)] == [0.0, 0.0]
    assert [t for t in texts(root) if t.endswith("%")] == ["-12.5%", "0%"]


def test_bar_chart_escapes_labels_and_shortens_long_ones():
    long_label = "Sourcing: is the claim sourced, and how well, and by whom exactly"
    chart = bar_chart_svg([(NASTY, 50), (long_label, 20)], title=NASTY, unit="<%>")
    assert "<script>" not in chart and "<%>" not in chart
    root = check_accessible(chart)
    assert NASTY in texts(root)
    assert "50<%>" in texts(root)
    shown = [t for t in texts(root) if t.startswith("Sourcing")]
    assert len(shown) == 1 and shown[0].endswith("…") and len(shown[0]) == MAX_LABEL_CHARS
    # The full label is still there for a hover and for screen readers.
    assert long_label in root[1].text
    tooltips = [r.find(f"{SVG}title").text for r in bars(root)]
    assert tooltips == [f"{NASTY}: 50<%>", f"{long_label}: 20<%>"]


def test_empty_charts_say_so():
    for chart in (
        bar_chart_svg([], title="Skills"),
        histogram_svg([], title="Scores", x_label="x", y_label="y"),
        histogram_svg(score_distribution([]), title="Scores", x_label="x", y_label="y"),
    ):
        root = check_accessible(chart)
        assert texts(root) == ["No answers yet"]
        assert bars(root) == []


def test_a_chart_is_embedded_as_is_by_templates():
    chart = bar_chart_svg([("A & B", 10)], title="T")
    assert escape(chart) == chart  # Jinja's autoescape leaves Markup alone
    assert chart == bar_chart_svg([("A & B", 10)], title="T")  # deterministic


def test_skill_labels_are_shown_whole():
    root = parse(bar_chart_svg([(label, 50) for label in SKILLS.values()], title="Skills"))
    assert set(SKILLS.values()) <= set(texts(root))
