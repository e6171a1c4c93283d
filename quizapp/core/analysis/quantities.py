"""Figures and dates, with what they count ("close to 5,000 walruses", "35-year tenure")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..articles import Article
from .text import body_spans, word_alternation

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12, "a": 1, "half": 0.5, "third": 1 / 3,
    "quarter": 0.25, "several": 3, "hundreds": 200, "thousands": 2000, "dozens": 24,
}  # fmt: skip
_SCALE = {"hundred": 100, "thousand": 1000, "million": 1e6, "billion": 1e9, "bn": 1e9, "m": 1e6,
          "k": 1000}  # fmt: skip
_ORDINALS = "first second third fourth fifth sixth seventh eighth ninth tenth".split()
_APPROX = (
    r"(?:about|around|nearly|almost|close to|more than|over|under|up to|some|roughly|"
    r"approximately|at least|fewer than|less than|an estimated|as many as|as much as)"
)
_WORD_NUMBER = r"(?:" + "|".join(k for k in _NUMBER_WORDS if k not in {"a", "one"}) + r")"
_UNIT = (
    r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century|"
    r"metres?|meters?|kilometres?|kilometers?|km|miles?|feet|foot|inches|cm|mm|kg|tonnes?|tons?|"
    r"pounds?|dollars?|euros?|per ?cent|percent|%|degrees?|acres?|hectares?|litres?|liters?)"
)
# Every figure starts at a digit, a currency sign, or one of these words: looking for them
# first lets the engine skip most positions without trying the whole pattern.
_FIRST_WORDS = word_alternation(
    [w.split()[0] for w in _APPROX.strip("(?:)").split("|")]
    + [k for k in _NUMBER_WORDS if k != "one"]
    + ["half"]
)
_QUANTITY = re.compile(
    rf"(?=[\d$£€]|\b{_FIRST_WORDS}\b)"
    rf"(?P<approx>\b{_APPROX}\s+)?"
    rf"(?P<number>(?:[$£€]\s?)?(?<![\w+.])(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?:\s?(?:million|billion|thousand|bn|m|k)\b)?(?:%|(?-i:°?[CF])(?!\w))?"
    rf"|\b{_WORD_NUMBER}(?:\s+(?:hundred|thousand|million|billion))?(?:\s+of\s+thousands)?\b"
    rf"|\bhalf\s+an?\s+(?=[a-z])|\ba\s+(?:third|quarter|fifth|dozen|metre|meter|mile|week|day|month|year|decade|"
    rf"century|fortnight|hour|minute)\b)"
    rf"(?P<tail>-(?:year|month|week|day|hour|part|mile|metre|meter|point|strong|storey|"
    rf"minute|page)s?(?:-old)?|-\d+)?"
    rf"(?:\s+(?P<unit>{_UNIT})\b)?"
    rf"(?:\s+(?:of\s+)?(?P<counts>(?!(?:of|to|in|on|at|and|the|a|for|by|from|with|was|were|"
    rf"is|are|have|has|had|ago)\b)[a-z][a-z-]+))?",
    re.IGNORECASE,
)
_MARK_UNITS = (("%", "per cent"), ("°C", "degrees C"), ("°F", "degrees F"), ("C", "degrees C"),
               ("F", "degrees F"), ("£", "pounds"), ("$", "dollars"), ("€", "euros"))  # fmt: skip
_NOT_NOUNS = {"is", "was", "has", "does", "ago", "as", "its", "this", "thus", "always", "perhaps"}
_YEAR = re.compile(r"^(?:1[89]|20)\d{2}$")
_WEEKDAY = re.compile(r"\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_ORDINAL = re.compile(
    rf"\b(?:{'|'.join(_ORDINALS)})\s+(?!(?:since|of|to|in|and|or|the|a|time since)\b)"
    r"(?P<counts>[a-z]+)\b",
    re.IGNORECASE,
)


@dataclass
class Quantity:
    """A figure or a date in the body, its value and what it counts."""

    kind: str  # "count" | "measure" | "date" | "ordinal" | "score"
    text: str
    start: int
    end: int
    value: float | None
    unit: str | None
    counts: str | None
    approximate: bool


def _value(number: str) -> float | None:
    cleaned = number.lower().replace(",", "").strip("$£€% ")
    digits = re.match(r"(\d+(?:\.\d+)?)\s?(million|billion|thousand|bn|m|k)?", cleaned)
    if digits:
        return float(digits.group(1)) * _SCALE.get(digits.group(2) or "", 1)
    if cleaned == "a fifth":
        return 0.2
    parts = cleaned.replace(" of ", " ").split()
    value: float = 1
    for part in parts:
        if part in _SCALE:
            value *= _SCALE[part]
        elif part in _NUMBER_WORDS:
            value = _NUMBER_WORDS[part]
    return value


def find_quantities(article: Article) -> list[Quantity]:
    """Every figure, date and ordinal in the body paragraphs."""
    text = article.text
    found: list[Quantity] = []
    for paragraph in body_spans(article):
        for match in _QUANTITY.finditer(text, paragraph.start, paragraph.end):
            found.append(_from_match(text, match))
        for match in _WEEKDAY.finditer(text, paragraph.start, paragraph.end):
            found.append(
                Quantity("date", match.group(), match.start(), match.end(), None, None, None, False)
            )
        for match in _ORDINAL.finditer(text, paragraph.start, paragraph.end):
            found.append(
                Quantity(
                    "ordinal",
                    match.group(),
                    match.start(),
                    match.end(),
                    float(_ORDINALS.index(match.group().split()[0].lower()) + 1),
                    None,
                    match.group("counts"),
                    False,
                )
            )
    found.sort(key=lambda q: q.start)
    return found


def _from_match(text: str, match: re.Match[str]) -> Quantity:
    number = match.group("number")
    tail = match.group("tail") or ""
    unit = match.group("unit")
    counts = match.group("counts")
    end = match.end()
    if tail.startswith("-") and tail[1:].isdigit():
        kind, counts_, end = "score", None, match.end("tail")
        return Quantity(
            kind, text[match.start() : end], match.start(), end, None, None, counts_, False
        )
    if tail:
        unit = re.sub(r"s?(?:-old)?$", "", tail[1:]) or unit
    bare = number.strip()
    # A unit written into the figure: "4.5%", "38C", "£80,000".
    marked = next((u for m, u in _MARK_UNITS if bare.endswith(m) or bare.startswith(m)), None)
    if _YEAR.match(bare) and not unit and not tail:
        end = match.end("number")
        return Quantity("date", bare, match.start("number"), end, float(bare), "year", None, False)
    if counts and unit and not tail:
        counts = None
        end = match.end("unit")
    if counts and not tail and (not counts.endswith("s") or counts.lower() in _NOT_NOUNS):
        counts = None
        end = match.end("unit") if unit else match.end("tail") if tail else match.end("number")
    start = match.start()
    unit = unit or marked
    kind = "measure" if unit else "count"
    approximate = bool(match.group("approx")) or bool(
        re.match(r"(?i)several|some|dozens|hundreds|thousands", bare)
    )
    return Quantity(kind, text[start:end], start, end, _value(bare), unit, counts, approximate)
