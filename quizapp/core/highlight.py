"""Cut a paragraph into runs of text, each carrying the highlights that cover it."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Highlight:
    """A span of article text to mark, with a CSS class and an optional element id."""

    start: int
    end: int
    css_class: str
    anchor: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class Run:
    text: str
    highlights: tuple[Highlight, ...] = ()

    @property
    def css_classes(self) -> str:
        return " ".join(dict.fromkeys(h.css_class for h in self.highlights))

    @property
    def anchor(self) -> str | None:
        return next((h.anchor for h in self.highlights if h.anchor), None)

    @property
    def title(self) -> str | None:
        return "; ".join(h.title for h in self.highlights if h.title) or None


def runs(text: str, start: int, end: int, highlights: Iterable[Highlight]) -> list[Run]:
    """Split ``text[start:end]`` at every highlight boundary inside it.

    Overlapping highlights are allowed: each run lists all that cover it.  An anchor id
    is given only to the first run of its highlight, so ids stay unique in a page.
    """
    inside = [h for h in highlights if h.start < end and h.end > start and h.start < h.end]
    cuts = sorted(
        {start, end, *(max(h.start, start) for h in inside), *(min(h.end, end) for h in inside)}
    )
    anchored: set[str] = set()
    result: list[Run] = []
    for left, right in itertools.pairwise(cuts):
        covering = []
        for h in inside:
            if h.start <= left and h.end >= right:
                if h.anchor and h.anchor in anchored:
                    h = Highlight(h.start, h.end, h.css_class, None, h.title)
                elif h.anchor:
                    anchored.add(h.anchor)
                covering.append(h)
        result.append(Run(text[left:right], tuple(covering)))
    return result
