"""Find evidence passages in article text, exactly or (for suggestions) approximately."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote as quote_url

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


# --- W3C Web Annotation selectors ------------------------------------------------

CONTEXT_CHARS = 32
FUZZY_THRESHOLD = 85.0


@dataclass(frozen=True)
class Reanchored:
    """Where a stored passage is in a new version of the text, and how sure we are.

    ``status`` is "exact" (same place), "moved" (same words elsewhere), "fuzzy" (a close
    but not identical passage: show it for a person to confirm) or "lost".
    """

    start: int | None
    end: int | None
    status: str
    score: float = 100.0


def make_selectors(text: str, start: int, end: int) -> dict[str, dict[str, Any]]:
    """A TextQuoteSelector and a TextPositionSelector for ``text[start:end]``."""
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"span {start}-{end} is outside a text of {len(text)} characters")
    return {
        "quote": {
            "exact": text[start:end],
            "prefix": text[max(0, start - CONTEXT_CHARS) : start],
            "suffix": text[end : end + CONTEXT_CHARS],
        },
        "position": {"start": start, "end": end},
    }


def _context_score(text: str, start: int, end: int, prefix: str, suffix: str) -> float:
    before = text[max(0, start - len(prefix)) : start]
    after = text[end : end + len(suffix)]
    return fuzz.ratio(before, prefix) + fuzz.ratio(after, suffix)


def reanchor(new_text: str, selectors: dict[str, dict[str, Any]]) -> Reanchored:
    """Find a passage again in ``new_text``; never silently wrong (see :class:`Reanchored`)."""
    quote = selectors["quote"]
    exact, prefix, suffix = quote["exact"], quote.get("prefix", ""), quote.get("suffix", "")
    position = selectors.get("position") or {}
    old_start = position.get("start")
    if not exact:
        return Reanchored(None, None, "lost", 0.0)
    if old_start is not None and new_text[old_start : old_start + len(exact)] == exact:
        return Reanchored(old_start, old_start + len(exact), "exact")
    starts = [m.start() for m in re.finditer(re.escape(exact), new_text)]
    if starts:
        best = max(
            starts,
            key=lambda s: (
                _context_score(new_text, s, s + len(exact), prefix, suffix),
                -abs(s - (old_start or 0)),
            ),
        )
        return Reanchored(best, best + len(exact), "moved")
    alignment = fuzz.partial_ratio_alignment(exact, new_text, score_cutoff=FUZZY_THRESHOLD)
    if alignment is None or alignment.dest_end - alignment.dest_start < 0.7 * len(exact):
        return Reanchored(None, None, "lost", alignment.score if alignment else 0.0)
    return Reanchored(alignment.dest_start, alignment.dest_end, "fuzzy", alignment.score)


def text_fragment_url(url: str, quote: str, long_quote: int = 80) -> str:
    """A link that scrolls to and highlights ``quote`` (``#:~:text=`` text fragment).

    Long quotes use the ``start,end`` form: the first and last few words, so the link stays
    short and survives small edits in between.
    """

    def encode(part: str) -> str:
        return quote_url(part, safe="").replace("-", "%2D")  # "-" marks prefix/suffix

    words = quote.split()
    if len(quote) > long_quote and len(words) > 8:
        fragment = f"{encode(' '.join(words[:4]))},{encode(' '.join(words[-4:]))}"
    else:
        fragment = encode(" ".join(words))
    base = url.split("#", 1)[0]
    return f"{base}#:~:text={fragment}"
