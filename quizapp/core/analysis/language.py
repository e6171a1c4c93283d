"""Loaded or emotive words and hedges, each tagged with whose voice it is in.

A word inside quotation marks is the quoted person's ("quote"); anywhere else it is the
writer's ("writer").  "According to" is attribution, not a hedge.  Body, headline and standfirst are read; captions and page
furniture are not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..articles import BODY, HEADLINE, STANDFIRST, Article
from .text import quotations, word_alternation

LOADED_WORDS = (
    "heartbreaking heartbreak heartbroken harrowing disturbing tragic tragedy shocking shock "
    "horrific horrifying horror brutal brutally dramatic visceral breathtaking mighty stunning "
    "remarkable raw dangerous chaos chaotic desperate desperation furious fury outrage outraged "
    "outrageous shambolic disgraceful disgrace betrayal betrayed trauma traumatic traumatized "
    "traumatised backlash condemn condemned slammed slams blasted devastating devastated "
    "catastrophic catastrophe crisis chilling unflinching undeniable sad sadly heartless "
    "terrifying terrified nightmare disaster disastrous scandal scandalous shameful appalling "
    "alarming alarmingly astonishing incredible incredibly unbelievable extraordinary "
    "spectacular compelling arresting unsparing graphic gruesome grisly savage vicious "
    "ruthless cruel heroic hero villain slaughter massacre carnage plague epidemic soaring "
    "plummeting plunged skyrocketing crumbling crippling choked choking shattered "
    "self-inflicted wound disturbing dire grim bleak fiasco debacle reckless staggering "
    "staggeringly shocked scandalously disastrously"
).split()
EVALUATIVE_WORDS = (
    "best worst greatest finest beautiful beauty powerful deserves deserve must should "
    "ought important essential vital crucial strong strongest weak poor excellent terrible "
    "awful wonderful amazing impressive authentic authenticity truth truly clearly obviously "
    "undoubtedly surely simply just merely only famous legendary iconic accomplished popular "
    "disgraceful shameful unfiltered bare subtle"
).split()
HEDGE_WORDS = (
    "perhaps maybe may might could possibly probably likely unlikely seems seem seemed appears "
    "appear appeared apparently reportedly allegedly supposedly arguably suggest suggests "
    "suggested somewhat believed thought estimated"
).split()
_LOADED = re.compile(r"\b" + word_alternation(LOADED_WORDS) + r"\b", re.I)
_HEDGE = re.compile(
    r"\b(?:" + word_alternation(HEDGE_WORDS) + r"|it is (?:thought|"
    r"believed|understood|claimed))\b",
    re.IGNORECASE,
)
_JUDGING = re.compile(r"\b" + word_alternation(EVALUATIVE_WORDS + LOADED_WORDS) + r"\b", re.I)
# The same patterns for lower-cased text: ignore-case matching is about twice as slow.
_LOADED_LC = re.compile(_LOADED.pattern)
_HEDGE_LC = re.compile(_HEDGE.pattern)
_JUDGING_LC = re.compile(_JUDGING.pattern)
_READ_KINDS = (BODY, HEADLINE, STANDFIRST)


@dataclass
class LanguageFinding:
    """A loaded word or a hedge, and whose voice it is in."""

    category: str  # "loaded" | "hedge"
    voice: str  # "writer" | "quote"
    paragraph_kind: str
    text: str
    start: int
    end: int


def find_language(article: Article) -> list[LanguageFinding]:
    """Loaded words and hedges in the body, headline and standfirst."""
    text = article.text
    lowered = text.lower()
    if len(lowered) == len(text):
        scan, patterns = lowered, (("loaded", _LOADED_LC), ("hedge", _HEDGE_LC))
    else:
        scan, patterns = text, (("loaded", _LOADED), ("hedge", _HEDGE))
    found: list[LanguageFinding] = []
    for paragraph in article.paragraphs:
        if paragraph.kind not in _READ_KINDS:
            continue
        quotes = quotations(text, paragraph.start, paragraph.end)
        for category, pattern in patterns:
            for match in pattern.finditer(scan, paragraph.start, paragraph.end):
                start, end = match.span()
                quoted = any(q.start <= start < q.end for q in quotes)
                found.append(
                    LanguageFinding(
                        category,
                        "quote" if quoted else "writer",
                        paragraph.kind,
                        text[start:end],
                        start,
                        end,
                    )
                )
    found.sort(key=lambda f: f.start)
    return found


def evaluative_words(text: str) -> list[str]:
    """Words that judge rather than report ("beautiful", "must", "deserves")."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return [m.group() for m in _JUDGING.finditer(text)]
    return [text[m.start() : m.end()] for m in _JUDGING_LC.finditer(lowered)]
