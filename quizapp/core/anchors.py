"""Find evidence passages in article text, exactly or (for suggestions) approximately."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

_QUOTE_MARKS = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "—": "-", "–": "-"})


def find_quote(text: str, quote: str) -> tuple[int, int] | None:
    """Offsets of the first verbatim occurrence of ``quote`` in ``text``, or None."""
    if not quote:
        return None
    start = text.find(quote)
    return None if start < 0 else (start, start + len(quote))


def differs_only_in_punctuation_marks(text: str, quote: str) -> str | None:
    """The article's own spelling of ``quote`` when they differ only in curly/straight quotes."""
    plain_text = text.translate(_QUOTE_MARKS)
    start = plain_text.find(quote.translate(_QUOTE_MARKS))
    return None if start < 0 else text[start : start + len(quote)]


def closest_passage(text: str, quote: str) -> str | None:
    """The passage of ``text`` that best matches ``quote``, widened to whole words."""
    if not quote.strip() or not text:
        return None
    alignment = fuzz.partial_ratio_alignment(quote, text)
    if alignment is None or alignment.score < 50:
        return None
    start, end = alignment.dest_start, alignment.dest_end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and re.match(r"[\w’'-]", text[end]):
        end += 1
    return text[start:end].strip()
