"""Compare analyses of articles about the same story and report where they disagree.

Sources are linked across articles by surname (people) or name (organisations).
Reported: different causes given for the event, different figures for the same thing,
a claim one article attributes to a source but another states as fact, and one person
described in different roles.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .analysis import Analysis, CauseClaim, Quantity
from .articles import Article


@dataclass
class Item:
    """One side of a disagreement: a passage of one article."""

    article: str
    text: str
    start: int
    end: int
    source: str | None = None


@dataclass
class Disagreement:
    kind: str  # "cause" | "cause_denied" | "figure" | "attributed_vs_fact" | "role"
    about: str
    items: list[Item] = field(default_factory=list)


Pair = tuple[Article, Analysis]


def _item(article: Article, start: int, end: int, source: str | None = None) -> Item:
    return Item(article.id, article.text[start:end], start, end, source)


def linked_sources(pairs: Sequence[Pair]) -> dict[str, list[tuple[str, str, str | None]]]:
    """Sources named in more than one article: key -> [(article id, name, role)]."""
    seen: dict[str, list[tuple[str, str, str | None]]] = {}
    for article, analysis in pairs:
        for entity in analysis.people:
            seen.setdefault(entity.key, []).append((article.id, entity.name, entity.role))
    return {k: v for k, v in seen.items() if len({a for a, _, _ in v}) > 1}


def compare(pairs: Sequence[Pair]) -> list[Disagreement]:
    """Disagreements between articles assumed to report the same story."""
    return [
        *_role_disagreements(pairs),
        *_cause_disagreements(pairs),
        *_figure_disagreements(pairs),
        *_attributed_vs_fact(pairs),
    ]


def _role_disagreements(pairs: Sequence[Pair]) -> list[Disagreement]:
    found = []
    for key, mentions in linked_sources(pairs).items():
        roles = {(role or "").lower() for _, _, role in mentions if role}
        if len(roles) < 2:
            continue
        items = []
        for article, analysis in pairs:
            entity = next((e for e in analysis.people if e.key == key and e.role), None)
            if entity is not None and entity.mentions:
                mention = entity.mentions[0]
                start = article.text.rfind(entity.role or "", 0, mention.start)
                start = start if start >= 0 and mention.start - start < 80 else mention.start
                items.append(_item(article, start, mention.end, entity.name))
        found.append(Disagreement("role", f"who {mentions[0][1]} is", items))
    return found


def _causes(pairs: Sequence[Pair]) -> list[tuple[Article, CauseClaim]]:
    # "amid X" only sets a cause beside the event: not a claim that X caused it.
    return [
        (article, cause)
        for article, analysis in pairs
        for cause in analysis.causes
        if not cause.weak
    ]


def _cause_disagreements(pairs: Sequence[Pair]) -> list[Disagreement]:
    claims = _causes(pairs)
    by_article: dict[str, set[str]] = {}
    for article, cause in claims:
        if not cause.negated:
            by_article.setdefault(article.id, set()).add(cause.cause)
    found = []
    labels = {c.cause for _, c in claims if not c.negated}
    if len(by_article) > 1 and len(labels) > 1:
        items, seen = [], set()
        for article, cause in claims:
            if not cause.negated and (article.id, cause.cause) not in seen:
                seen.add((article.id, cause.cause))
                items.append(_item(article, cause.start, cause.end, cause.source))
        if len({i.article for i in items}) > 1:
            found.append(Disagreement("cause", "what caused the event", items))
    for article, denial in claims:
        if not denial.negated:
            continue
        backers = [
            (a, c)
            for a, c in claims
            if c.cause == denial.cause and not c.negated and c.source != denial.source
        ]
        if backers:
            items = [_item(article, denial.start, denial.end, denial.source)]
            items += [_item(a, c.start, c.end, c.source) for a, c in backers]
            found.append(Disagreement("cause_denied", denial.cause, items))
    return found


def _comparable(a: Quantity, b: Quantity) -> bool:
    if a.kind in {"date", "ordinal", "score"} or b.kind != a.kind or not a.value or not b.value:
        return False
    if a.value == b.value or max(a.value, b.value) / min(a.value, b.value) > 2:
        return False
    unit_a, unit_b = (a.unit or "").rstrip("s"), (b.unit or "").rstrip("s")
    if unit_a or unit_b:
        return unit_a == unit_b
    if a.counts and b.counts:
        return a.counts.lower() == b.counts.lower()
    counted = (a.counts or b.counts or "").lower()
    return (
        (a.approximate or b.approximate)
        and min(a.value, b.value) >= 100
        and counted not in _TIME_WORDS
    )


_TIME_WORDS = {"years", "months", "weeks", "days", "hours", "decades", "centuries", "minutes"}


def _figure_disagreements(pairs: Sequence[Pair]) -> list[Disagreement]:
    found = []
    for i, (article_a, analysis_a) in enumerate(pairs):
        for article_b, analysis_b in pairs[i + 1 :]:
            for qa in analysis_a.quantities:
                for qb in analysis_b.quantities:
                    if _comparable(qa, qb):
                        about = qa.counts or qb.counts or qa.unit or qb.unit or "a figure"
                        items = [
                            _item(article_a, qa.start, qa.end),
                            _item(article_b, qb.start, qb.end),
                        ]
                        found.append(Disagreement("figure", about, items))
    return found


def _attributed_vs_fact(pairs: Sequence[Pair]) -> list[Disagreement]:
    """A cause one article credits to a source and another states in its own voice."""
    claims = _causes(pairs)
    found = []
    reported: set[tuple[str, str]] = set()
    for article, stated in claims:
        if stated.source is not None or stated.negated or (article.id, stated.cause) in reported:
            continue
        sourced = [
            (a, c)
            for a, c in claims
            if a.id != article.id
            and c.cause == stated.cause
            and c.source is not None
            and not c.negated
        ]
        if sourced:
            reported.add((article.id, stated.cause))
            items = [_item(article, stated.start, stated.end)]
            items += [_item(a, c.start, c.end, c.source) for a, c in sourced]
            found.append(Disagreement("attributed_vs_fact", stated.cause, items))
    return found
