"""Sentences in the writer's own voice: stated as fact or judgement, with no source."""

from __future__ import annotations

from dataclasses import dataclass

from ..articles import Article
from .attributions import Attribution
from .language import evaluative_words
from .text import body_spans, quotations, sentences


@dataclass
class WriterClaim:
    """A body sentence nobody is credited with; ``judgement`` when it evaluates."""

    text: str
    start: int
    end: int
    judgement: bool
    evaluative: list[str]


def find_writer_claims(article: Article, attributions: list[Attribution]) -> list[WriterClaim]:
    """Sentences with no attribution, no quotation and no speech clause in them."""
    text = article.text
    found: list[WriterClaim] = []
    for paragraph in body_spans(article):
        quotes = quotations(text, paragraph.start, paragraph.end)
        for sentence in sentences(text, paragraph.start, paragraph.end):
            if any(a.start < sentence.end and sentence.start < a.end for a in attributions):
                continue
            if any(q.start < sentence.end and sentence.start < q.end for q in quotes):
                continue
            body = text[sentence.start : sentence.end]
            if len(body.split()) < 4 or body.rstrip().endswith("?"):
                continue
            words = evaluative_words(body)
            found.append(WriterClaim(body, sentence.start, sentence.end, bool(words), words))
    return found
