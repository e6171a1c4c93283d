"""Rule-based analysis of one article: sources, attributions, causes, language, figures.

Every finding is a span of ``article.text`` (``text == article.text[start:end]``), so a
question generated from it can quote the article verbatim.  No network, no models.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..articles import Article
from .attributions import Attribution, find_attributions
from .causes import CauseClaim, cause_label, find_causes
from .language import LanguageFinding, find_language
from .quantities import Quantity, find_quantities
from .sources import Entity, EntityIndex
from .writer_claims import WriterClaim, find_writer_claims

__all__ = [
    "Analysis",
    "Attribution",
    "CauseClaim",
    "Entity",
    "LanguageFinding",
    "Quantity",
    "WriterClaim",
    "analyse",
    "cause_label",
]


@dataclass
class Analysis:
    """Everything found in one article."""

    article_id: str
    sources: list[Entity]
    vague_sources: list[Entity]
    people: list[Entity]
    attributions: list[Attribution]
    causes: list[CauseClaim]
    language: list[LanguageFinding]
    quantities: list[Quantity]
    writer_claims: list[WriterClaim]

    def source(self, name: str | None) -> Entity | None:
        return next((s for s in self.sources if s.name == name), None)


def analyse(article: Article) -> Analysis:
    """Analyse ``article``: pure function of its text and paragraphs."""
    entities = EntityIndex(article)
    attributions = find_attributions(article, entities)
    causes = find_causes(article)
    for cause in causes:
        speaker = next((a for a in attributions if a.start <= cause.start < a.end), None) or next(
            (a for a in attributions if a.start < cause.end and cause.start < a.end), None
        )
        if speaker is not None:
            cause.source = speaker.source
            if speaker.cause is None:
                speaker.cause = cause.cause
    speaking = {a.source for a in attributions}
    named = [e for e in entities.entities if e.kind != "vague"]
    return Analysis(
        article_id=article.id,
        sources=[e for e in named if e.name in speaking],
        vague_sources=[e for e in entities.entities if e.kind == "vague"],
        people=named,
        attributions=attributions,
        causes=causes,
        language=find_language(article),
        quantities=find_quantities(article),
        writer_claims=find_writer_claims(article, attributions),
    )
