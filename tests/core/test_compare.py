"""Disagreements between articles about the same story."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.core.analysis import analyse
from quizapp.core.articles import build_article
from quizapp.core.compare import compare, linked_sources
from quizapp.core.library import load_library

SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"


@pytest.fixture(scope="module")
def disagreements():
    articles = load_library(SEEDS).articles.values()
    pairs = [(a, analyse(a)) for a in articles]
    return pairs, compare(pairs)


def test_same_person_linked_by_surname(disagreements) -> None:
    pairs, _ = disagreements
    linked = linked_sources(pairs)
    assert {article for article, _, _ in linked["attenborough"]} == {
        "radio-times-2019-04-10",
        "our-planet-backlash",
    }


def test_different_figures(disagreements) -> None:
    _, found = disagreements
    figures = [{i.text for i in d.items} for d in found if d.kind == "figure"]
    assert {"34 years", "35-year tenure"} in figures
    assert {"several thousand", "close to 5,000 walruses"} in figures


def test_role_and_cause_disagreements(disagreements) -> None:
    pairs, found = disagreements
    texts = dict((a.id, a.text) for a, _ in pairs)
    for d in found:
        for item in d.items:
            assert texts[item.article][item.start : item.end] == item.text
    role = next(d for d in found if d.kind == "role")
    assert {i.text for i in role.items} == {
        "narrator David Attenborough",
        "filmmaker David Attenborough",
    }
    denied = next(d for d in found if d.kind == "cause_denied")
    assert denied.about == "climate change"
    assert denied.items[0].source == "Susan Crockford"
    causes = next(d for d in found if d.kind == "cause")
    assert any(i.source == "Susan Crockford" and "polar bear" in i.text for i in causes.items)


def test_attributed_in_one_stated_in_another() -> None:
    a = build_article("a", ["The mayor said the flood was due to heavy rain."], kinds=["body"])
    b = build_article("b", ["The flood was due to heavy rain on Friday."], kinds=["body"])
    found = compare([(a, analyse(a)), (b, analyse(b))])
    (item,) = [d for d in found if d.kind == "attributed_vs_fact"]
    assert item.about == "heavy rain"
    assert [i.article for i in item.items] == ["b", "a"]
    assert item.items[1].source == "mayor"


def test_amid_is_not_a_cause_claim_to_compare() -> None:
    one = build_article("one", ["Shares in Pellam fell amid fears of a strike."], kinds=["body"])
    two = build_article("two", ["Shares in Pellam fell because of weak sales."], kinds=["body"])
    pairs = [(one, analyse(one)), (two, analyse(two))]
    assert any(c.weak for c in pairs[0][1].causes)
    assert not any(d.kind == "cause" for d in compare(pairs))
