"""What the analysis found in an article, as highlights and side lists for the teacher."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from quizapp.core.analysis import Analysis, Attribution
from quizapp.core.articles import Article
from quizapp.core.highlight import Highlight

LEGEND = {
    "source": "Source (who is speaking)",
    "claim": "Claim attributed to a source",
    "cause": "Cause claim (who blames what)",
    "loaded": "Loaded or emotive word",
    "hedge": "Hedge",
}


@dataclass(frozen=True)
class SourceSummary:
    name: str
    role: str | None
    kind: str
    attributions: list[Attribution]


def analysis_highlights(analysis: Analysis) -> list[Highlight]:
    """Every finding as a coloured span, with a tooltip saying what it is."""
    highlights: list[Highlight] = []
    for entity in analysis.people:
        label = f"Source: {entity.name}" + (f", {entity.role}" if entity.role else "")
        highlights.extend(Highlight(m.start, m.end, "source", None, label) for m in entity.mentions)
    for a in analysis.attributions:
        who = a.source or "an unnamed source"
        highlights.append(
            Highlight(a.start, a.end, "claim", None, f"{a.kind.capitalize()} attributed to {who}")
        )
    for c in analysis.causes:
        who = c.source or "the writer"
        verb = "denies" if c.negated else "blames"
        highlights.append(Highlight(c.start, c.end, "cause", None, f"{who} {verb}: {c.cause}"))
    for finding in analysis.language:
        voice = "in a quote" if finding.voice == "quote" else "in the writer's voice"
        label = f"{'Loaded word' if finding.category == 'loaded' else 'Hedge'} {voice}"
        highlights.append(Highlight(finding.start, finding.end, finding.category, None, label))
    return highlights


def who_says_what(analysis: Analysis) -> list[SourceSummary]:
    """Attributions grouped by source, sources in order of first appearance."""
    grouped: dict[str | None, list[Attribution]] = defaultdict(list)
    for a in analysis.attributions:
        grouped[a.source].append(a)
    entities = {e.name: e for e in analysis.people + analysis.vague_sources}
    summaries = []
    for name, found in grouped.items():
        entity = entities.get(name or "")
        summaries.append(
            SourceSummary(
                name=name or "Unnamed source",
                role=entity.role if entity else None,
                kind=entity.kind if entity else "vague",
                attributions=found,
            )
        )
    return summaries


def writer_judgements(article: Article, analysis: Analysis) -> list[str]:
    return [claim.text for claim in analysis.writer_claims if claim.judgement]
