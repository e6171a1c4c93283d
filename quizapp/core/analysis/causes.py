"""Cause claims: what an event is blamed on, by whom, and whether the cause is denied.

A cause is found after a causal cue ("due to", "because of", "blamed ... on", "the
result of", "trying to escape", "a symptom of") or before a causal verb ("sea-ice
retreat has made ..."), and is given a short canonical label by general synonym rules
(every way of saying "global warming" is "climate change").  A cause is negated when a
negation stands in its clause before the cue ("were not trying to ... due to", "can't be
attributed to", "..., not by falling birth rates").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..articles import Article
from .text import Span, body_spans, sentences, trim

_AFTER_CUES = (
    r"due to|owing to|because of|on account of|as a (?:direct )?result of|(?:the|a) (?:direct )?"
    r"result of|(?:caused|driven|triggered|fuelled|fueled|worsened|exacerbated|prompted|"
    r"confused|sparked|brought on) by|,?\s*not by|(?:is|are|was|were) down to|attribut\w* to|"
    r"blam\w*(?:\s+(?:\w+|the \w+)){0,3}?\s+on|(?:the|a) (?:\w+ )?(?:reality|consequence|"
    r"consequences|symptom|sign|effects?|product|legacy) of|linked to|thanks to|"
    r"(?:trying|attempting|tried|try|desperate) to (?:escape|flee|avoid|get away from)|"
    r"flee(?:ing)?|escap(?:e|ing) from|because"
)
_CUE_AFTER = re.compile(rf"\b(?P<cue>{_AFTER_CUES})\b\s*", re.IGNORECASE)
_CAUSAL_VERBS = re.compile(
    r"\b(?P<verb>(?:has|have|had)\s+(?:made|impacted|affected|forced|caused|driven|pushed|"
    r"hit|damaged|harmed|led to)|(?:made|impacted|affected|forced|caused|drove|pushed|"
    r"triggered|led to|leads to|ripples? down to|threatens|threatened))\b",
    re.IGNORECASE,
)
_NP_END = re.compile(
    r"[,.;:!?—–()\"“”]|\s(?:that|which|who|when|while|where|but|so|because|as|if|than|is|are|"
    r"was|were|will|would|could|has|have|had|can|may|might|to|rather)\s",
)
_NEGATION = re.compile(
    r"\b(?:not|never|no|cannot|can't|can’t|couldn't|couldn’t|isn't|isn’t|wasn't|wasn’t|"
    r"weren't|weren’t|aren't|aren’t|don't|don’t|doesn't|doesn’t|didn't|didn’t|won't|won’t|"
    r"nothing to do with|rather than|instead of)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[;:—]|,\s+(?:but|and|while|whereas|rather)\b|\b(?:but|rather)\b")
_TO_NOUNS = {"decision", "plan", "move", "choice", "failure", "refusal", "attempt", "efforts"}
_PLACEHOLDERS = {"this", "that", "it", "these", "those", "them", "which", "what", "there"}

# General synonym rules, from the vocabulary of news about causes.
_LABELS: list[tuple[str, re.Pattern[str]]] = [
    (label, re.compile(pattern, re.IGNORECASE))
    for label, pattern in (
        (
            "climate change",
            r"climate (?:change|crisis|breakdown|emergency)|global (?:warming|heating)|"
            r"(?:changing|warming|heating) (?:climate|planet|world|arctic|oceans?|seas?)|"
            r"rising (?:global )?temperatures|greenhouse|carbon emissions",
        ),
        (
            "ice loss",
            r"(?:los[st]|loss|retreat\w*|melt\w*|shrink\w*|dissipat\w*|reduc\w*|disappear\w*|"
            r"declin\w*|thin\w*|chang\w*|vanish\w*|less|lack of)\W+(?:\w+\W+){0,2}?(?:sea[- ])?ice|"
            r"(?:sea[- ])?ice\W+(?:\w+\W+){0,2}?(?:loss|retreat|melt\w*|shrink\w*|decline|"
            r"disappear\w*|cover (?:is )?shrinking|platform)",
        ),
        ("overcrowding", r"overcrowd\w*|crowd\w*|crammed|packed|crush\w*|congestion"),
        ("heavy rain", r"heavy rain|rainfall|downpours?|\brain\b|storms?\b|deluge"),
        ("drought", r"drought|dry spell|lack of rain"),
        ("poor drainage", r"drain\w*|sewers?"),
        ("budget cuts", r"(?:budget|funding|spending) cuts|austerity|underfunding"),
        ("pollution", r"pollut\w*|contaminat\w*"),
        ("human activity", r"human (?:activity|intrusion|development|disturbance)"),
    )
]
_ATTACK = re.compile(
    r"^(?:(?P<agent>[\w -]+?) (?:attacks?|threat|predation)|"
    r"(?:attacks?|predation) by (?P<by>[\w -]+))$",
    re.IGNORECASE,
)
_DROP_WORDS = re.compile(
    r"^(?:(?:a|an|the|their|its|his|her|our|own|this|that|these|those|some|combination of|"
    r"mix of|both|three|two|several|days of)\s+)+",
    re.IGNORECASE,
)


@dataclass
class CauseClaim:
    """A claim that something happened because of ``cause``; ``source`` None is the writer."""

    source: str | None
    cause: str
    negated: bool
    text: str
    start: int
    end: int
    cue: str


def cause_label(phrase: str) -> str:
    """A short canonical label for a cause phrase, by general synonym rules."""
    for label, pattern in _LABELS:
        if pattern.search(phrase):
            return label
    core = re.sub(r"\s+(?:in|on|at|during|since|over|for)\s+(?:\d{4}|the \w+|\w+)$", "", phrase)
    core = _DROP_WORDS.sub("", core.strip()).strip()
    core = re.sub(r"^[\w’']+(?:’s|'s)\s+(?:own\s+)?", "", core)
    attack = _ATTACK.match(core)
    if attack:
        agent = _DROP_WORDS.sub("", attack.group("agent") or attack.group("by") or "").strip()
        return agent if agent.endswith("s") else f"{agent}s"
    linked = re.split(r"\b(?:decision|plan|move|choice|failure|refusal) to\s+", core)
    core = linked[-1]
    return " ".join(core.split()[:4]).lower()


def _cause_phrases(text: str, start: int, limit: int) -> list[tuple[int, int]]:
    """The noun phrase(s) a cue introduces, split at "and" and commas into single causes."""
    end = limit
    for end_match in _NP_END.finditer(text, start, limit):
        before = text[start : end_match.start()].split()
        if end_match.group().strip() == "to" and before and before[-1] in _TO_NOUNS:
            continue
        end = end_match.start()
        break
    if end - start > 90:
        end = start + 90
    start, end = trim(text, start, end)
    phrase = text[start:end]
    if not phrase or (len(phrase.split()) == 1 and phrase.lower() in _PLACEHOLDERS):
        return []
    return _split_parts(text, start, end)


def _split_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a list of causes ("a combination of X and Y", "X, Y, Z") into its items."""
    head = re.match(r"(?:a|the)\s+(?:combination|mix)\s+of\s+", text[start:end], re.IGNORECASE)
    parts: list[tuple[int, int]] = []
    cursor = start + (head.end() if head else 0)
    for piece in re.split(r"\s+and\s+|,\s+", text[cursor:end]):
        index = text.find(piece, cursor, end)
        parts.append((index, index + len(piece)))
        cursor = index + len(piece)
    return [p for p in parts if p[1] > p[0]]


def _negated(text: str, sentence: Span, cue_start: int, cue: str) -> bool:
    if cue.strip(" ,").lower().startswith("not"):
        return True
    window_start = sentence.start
    for match in _CLAUSE_BREAK.finditer(text, sentence.start, cue_start):
        window_start = match.end()
    window = text[max(window_start, cue_start - 80) : cue_start]
    return bool(_NEGATION.search(window))


def find_causes(
    article: Article, speaker_of: dict[int, str | None] | None = None
) -> list[CauseClaim]:
    """Every cause claim in the body; ``speaker_of(pos)`` maps a position to its source."""
    text = article.text
    found: list[CauseClaim] = []
    for paragraph in body_spans(article):
        for sentence in sentences(text, paragraph.start, paragraph.end):
            found.extend(_in_sentence(text, sentence))
    found.sort(key=lambda c: c.start)
    return found


def _in_sentence(text: str, sentence: Span) -> list[CauseClaim]:
    claims: list[CauseClaim] = []
    for cue in _CUE_AFTER.finditer(text, sentence.start, sentence.end):
        cue_text = cue.group("cue")
        if cue_text.lower() == "because" and text[cue.end() : cue.end() + 3].lower() == "of ":
            continue
        if cue_text.lower().startswith("due to") and re.match(
            r"\s*(?:be|have)\b", text[cue.end() :]
        ):
            continue
        negated = _negated(text, sentence, cue.start(), cue_text)
        limit = sentence.end
        clause = cue_text.lower() == "because"
        if clause:
            phrases = [trim(text, cue.end(), _clause_end(text, cue.end(), limit))]
        else:
            phrases = _cause_phrases(text, cue.end(), limit)
        for index, (start, end) in enumerate(phrases):
            label = cause_label(text[start:end])
            known = _known(text, start, end)
            if not label or label in _PLACEHOLDERS or (clause and known is None):
                continue
            if known is not None and not clause:
                end = known
            if index:
                span_start = start
            elif cue_text[0].isalpha():
                span_start = cue.start()
            else:
                span_start = cue.start() + cue_text.index("n")
            claims.append(
                CauseClaim(None, label, negated, text[span_start:end], span_start, end, cue_text)
            )
    for verb in _CAUSAL_VERBS.finditer(text, sentence.start, sentence.end):
        start, end = _subject_phrase(text, sentence.start, verb.start())
        if any(c.start <= start < c.end for c in claims):
            continue
        object_end = _clause_end(text, verb.end(), sentence.end)
        negated = _negated(text, sentence, verb.start(), verb.group())
        for part_start, part_end in _split_parts(text, start, end):
            if _known(text, part_start, part_end) is None:
                continue
            label = cause_label(text[part_start:part_end])
            claims.append(
                CauseClaim(
                    None,
                    label,
                    negated,
                    text[part_start:object_end],
                    part_start,
                    object_end,
                    verb.group(),
                )
            )
    return claims


def _subject_phrase(text: str, sentence_start: int, verb_start: int) -> tuple[int, int]:
    """The words before a causal verb back to a clause opener (a list may hold commas)."""
    before = text[sentence_start:verb_start]
    opener = max(
        (
            m.end()
            for m in re.finditer(
                r"[;:—]|\b(?:how|that|when|while|as|because|and)\b|"
                r",(?=[^,]*\b(?:is|are|was|were)\b)",
                before,
            )
        ),
        default=0,
    )
    start, end = trim(text, sentence_start + opener, verb_start)
    if len(text[start:end].split()) > 8:
        comma = text.rfind(",", start, end)
        start, end = trim(text, comma + 1, end)
    return start, end


def _known(text: str, start: int, end: int) -> int | None:
    """The end of the first known cause in ``text[start:end]``, if there is one."""
    for _, pattern in _LABELS:
        match = pattern.search(text, start, end)
        if match:
            return match.end()
    return None


def _clause_end(text: str, start: int, limit: int) -> int:
    match = re.compile(r"[.;:!?—\"“”]|,\s+(?:but|and|while)\b").search(text, start, limit)
    return match.start() if match else limit
