"""Shared text helpers for the analysis: sentences, quotations and spans.

Every finding the analysis reports is a span of the article's one canonical text, so
these helpers only ever return offsets into that text, never edited copies of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..articles import Article

QUOTE_MARKS = '"“”„«»'
_ABBREVIATIONS = {
    "dr", "mr", "mrs", "ms", "prof", "st", "jr", "sr", "gen", "gov", "sen", "rep", "lt",
    "col", "capt", "sgt", "no", "vs", "etc", "inc", "ltd", "co", "corp", "mt", "ft", "approx",
    "e.g", "i.e", "u.s", "u.k", "jan", "feb", "mar", "apr", "aug", "sept", "oct", "nov", "dec",
}  # fmt: skip
_QUOTE_MARK = re.compile(f"[{QUOTE_MARKS}]")
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’')]*(?=\s+[\"“‘'(]?[A-Z0-9])|[.!?…]+[\"”’')]*$")


_TOKEN_END = re.compile(r"[\w.]+$")


def _last_token(text: str, begin: int, end: int) -> str:
    """The run of word characters and dots that ends at ``end`` (no further back than
    ``begin``), lower-cased and without trailing dots: the word before a full stop."""
    window = max(begin, end - 48)
    word = _TOKEN_END.search(text, window, end)
    if word and word.start() == window and window > begin:
        word = _TOKEN_END.search(text, begin, end)  # a very long token: look further back
    return word.group().lower().rstrip(".") if word else ""


@dataclass(frozen=True)
class Span:
    """A stretch of the article text."""

    start: int
    end: int


def body_spans(article: Article) -> list[Span]:
    """The body paragraphs, the only text most findings are looked for in."""
    return [Span(p.start, p.end) for p in article.body_paragraphs]


@lru_cache(maxsize=4096)
def sentences(text: str, start: int, end: int) -> tuple[Span, ...]:
    """Sentences of ``text[start:end]``, not split after abbreviations or initials.

    Cached: every finder splits the same paragraphs, and a str caches its own hash.
    """
    found: list[Span] = []
    begin = start
    for match in _SENTENCE_END.finditer(text, start, end):
        token = _last_token(text, begin, match.start() + 1)
        if match.group().startswith(".") and (
            token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())
        ):
            continue
        found.append(Span(begin, match.end()))
        begin = match.end()
        while begin < end and text[begin].isspace():
            begin += 1
    if begin < end and text[begin:end].strip():
        found.append(Span(begin, end))
    return tuple(found)


def quotations(text: str, start: int, end: int) -> list[Span]:
    """Spans of the words inside double quotation marks in one paragraph (marks excluded).

    Straight and curly marks are paired in order, whatever their shape, because pasted
    text often mixes them.  An unclosed quotation runs to the end of the paragraph, as
    news style leaves a quotation that continues into the next paragraph open.
    """
    marks = [m.start() for m in _QUOTE_MARK.finditer(text, start, end)]
    spans = []
    for k in range(0, len(marks), 2):
        opening = marks[k] + 1
        closing = marks[k + 1] if k + 1 < len(marks) else end
        if closing > opening:
            spans.append(Span(opening, closing))
    return spans


def inside(position: int, spans: list[Span]) -> Span | None:
    """The span containing ``position``, if any."""
    for span in spans:
        if span.start <= position < span.end:
            return span
    return None


def trim(text: str, start: int, end: int, chars: str = " ,;:—–-") -> tuple[int, int]:
    """Shrink ``[start, end)`` past surrounding spaces and the given punctuation."""
    while start < end and (text[start].isspace() or text[start] in chars):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in chars):
        end -= 1
    return start, end


def word_alternation(items: object) -> str:
    """A regex alternation of literal ``items`` built as a trie, longest match first.

    Matches exactly what ``(?:longest|long|...)`` sorted by length would, but a trie lets
    the regex engine reject most positions at the first character instead of trying
    every word in turn, several times faster for lists of a hundred words.
    """
    trie: dict[str, dict] = {}
    for item in set(items):  # type: ignore[call-overload]
        node = trie
        for char in item:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + build(node[char]) for char in sorted(node) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + build(trie) + ")"


def words(text: str) -> list[str]:
    return re.findall(r"[\w’'-]+", text)
