"""What interrupts a causal frame, and the readings of a sentence without it (pure text
functions; ``extract`` reads each variant again):

* asides set off by commas, dashes or brackets: appositives, relative and participle
  clauses, speech tags, prepositional asides ("the level in the reservoir, the town's only
  source of water, dropped"), an adverb inside a phrasal verb ("led directly to") and a
  speech tag inside a relative clause ("which they say has cut");
* quotation marks around a quoted phrase ("had "put the fells under pressure"") and a
  quotation split by its speech tag ('"The money," he said, "is the reason"');
* a particle separated from its verb ("is burning people out"), moved back to it."""

from __future__ import annotations

import re

from ..attributions import SPEECH_VERBS
from ..text import Span
from .lexicon import _IMPACT_LEMMAS, _STRONG_LEMMAS, PARTICIPLE_WORD, verb_forms

# What may open an aside: a determiner or possessive (an appositive), a relative word, a
# participle, a preposition, a name, a number, or a speech tag ("officials said").
_OPENER = re.compile(
    r"(?:the|a|an|its|their|his|her|our|my|this|that|these|those|one|two|three|some|many|"
    r"most|both|each|all|home|now|then|once|formerly|itself|themselves|which|who|whose|where|"
    r"when|without|despite|along|as|like|including|such|in|at|on|from|for|with|by|since|"
    r"after|before|during|under|according|about|around|roughly|nearly|almost|down|up|to|"
    r"[a-z]+ly|"
    rf"{PARTICIPLE_WORD}|[a-z]+ing|\d[\d,.%]*|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,3}}"
    r"|[\w’'-]+(?:’s|'s))\b",
)
# An aside names no new clause of its own unless a relative word or a speech tag opens it.
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|did|does|do)\b"
)  # case kept: "May" is a month
_CLAUSE_OPENER = re.compile(r"(?:which|who|whose|where|when|that)\b", re.IGNORECASE)
_SPEECH = frozenset(SPEECH_VERBS)
# A comma pair closed before "and"/"or" is a list or a run of clauses, not an aside.
_COMMA_ASIDE = re.compile(
    r",\s+(?P<aside>(?:[^,;:?!\"“”()–—]|(?<=\d),(?=\d{3})){2,110}?)(?=,\s+(?!(?:and|or|but|nor|then|so|yet|while)\b))"
)
_DASH_ASIDE = re.compile(r"\s[–—-]\s(?P<aside>[^,;:?!\"“”()–—]{2,110}?)\s[–—-](?=\s)")
_BRACKET_ASIDE = re.compile(r"\s\((?P<aside>[^()]{1,110})\)")


def _reads_as_aside(aside: str) -> bool:
    words = aside.split()
    if not 1 <= len(words) <= 16 or "." in aside.rstrip("0123456789"):
        return False
    if (len(words) <= 4 and words[-1].lower() in _SPEECH) or _CLAUSE_OPENER.match(aside):
        return True  # "officials said", "which ..."
    if not _OPENER.match(aside):
        return False
    finite = _FINITE.search(aside)
    return finite is None or bool(_CLAUSE_OPENER.search(aside, 0, finite.start()))


# An adverb inside a phrasal verb: "had led directly to", "stems largely from".
_ADVERB_IN_VERB = re.compile(
    r"(?<=[a-z])\s+(?!only\b|early\b|likely\b)[a-z]{3,}ly(?=\s+(?:to|from|up|down|out|off|into|on|by)\b)"
)


# A speech tag inside a relative clause: "a rise in charges, which they say has cut footfall".
_TAG_IN_RELATIVE = re.compile(
    r"\b(?:which|that|who)(?P<tag>\s+(?:they|he|she|we|officials|residents|critics|traders|"
    r"experts|campaigners|engineers|doctors|scientists|police|investigators|analysts|"
    r"economists|researchers|managers|teachers|nurses|inspectors)\s+(?:say|said|says|believe|"
    r"believed|claim|claimed|argue|argued|found|think|thought))"
    r"(?=\s+(?:has|have|had|was|were|is|are|will|would|could|may|might|[a-z]+ed)\b)",
    re.IGNORECASE,
)


def aside_cuts(text: str, sentence: Span) -> list[tuple[int, int]]:
    """The ``(start, end)`` cuts that remove one aside each from ``sentence``:
    ``text[:start] + text[end:]`` reads on without it.  An adverb inside a phrasal verb
    counts as an aside ("had led directly to")."""
    cuts: list[tuple[int, int]] = [
        match.span() for match in _ADVERB_IN_VERB.finditer(text, sentence.start, sentence.end)
    ]
    cuts += [m.span("tag") for m in _TAG_IN_RELATIVE.finditer(text, sentence.start, sentence.end)]
    if text.count(",", sentence.start, sentence.end) >= 2:
        for match in _COMMA_ASIDE.finditer(text, sentence.start, sentence.end):
            if match.start() > sentence.start and _reads_as_aside(match.group("aside")):
                cuts.append((match.start(), match.end() + 1))  # both commas; a space stays
    if not any(mark in text[sentence.start : sentence.end] for mark in ("(", "–", "—", " - ")):
        return cuts
    for pattern in (_DASH_ASIDE, _BRACKET_ASIDE):
        for match in pattern.finditer(text, sentence.start, sentence.end):
            if _reads_as_aside(match.group("aside")):
                cuts.append((match.start(), match.end()))
    return cuts


_INLINE_QUOTE = re.compile(r"(?<=[\w,] )[\"“”](?=\w)|(?<=[\w.,!?])[\"“”](?=[ ,.;:!?]|$)")


def quote_cuts(text: str, sentence: Span) -> list[tuple[int, int]]:
    """The quotation marks around a quoted phrase inside a sentence of the writer's ("had
    "put the fells under more pressure"", "found "no evidence" that"): read without them,
    the phrase joins its frame.  None when the sentence opens or closes on a quotation."""
    marks = [m.start() for m in _INLINE_QUOTE.finditer(text, sentence.start, sentence.end)]
    if not marks or len(marks) % 2 or marks[0] == sentence.start:
        return []
    return [(at, at + 1) for at in marks]


_PARTICLES = ("out", "off", "forward", "back", "up", "down", "away", "over")
# Phrasal verbs of the inventory whose object may stand between verb and particle ("is
# burning people out", "had brought the season forward", "set the programme back").
_SEPARABLE_LEMMAS = sorted(
    lemma
    for lemma in (*_IMPACT_LEMMAS, *_STRONG_LEMMAS)
    if len(lemma.split()) == 2 and lemma.split()[1] in _PARTICLES
)
# Each verb form of those phrasal verbs, with the particles it takes.
_SEPARABLE_FORMS: dict[str, set[str]] = {}
for _lemma in _SEPARABLE_LEMMAS:
    _verb, _particle = _lemma.split()
    for _form in verb_forms(_verb).values():
        _SEPARABLE_FORMS.setdefault(_form, set()).add(_particle)
_PARTICLE_AT = re.compile(
    r"\s(?P<particle>" + "|".join(_PARTICLES) + r")\b(?!\s+(?:of|from|to|with|for)\b)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w’'-]+")
# Words that cannot stand in the object between a verb and its particle.
_NOT_OBJECT = {
    "and", "but", "or", "to", "that", "which", "who", "is", "are", "was", "were", "has",
    "have", "had", "said", "says", "will", "would", "could", "he", "she", "they", "we", "i",
}  # fmt: skip


def particle_moves(text: str, sentence: Span) -> list[tuple[str, int]]:
    """Readings of ``text`` with a separated particle moved back to its verb, each with
    the verb's position: "burning people out" reads "burning out people" (the same length,
    so every offset holds).  The object is one to four words, and a verb after an article
    is a noun ("The force said it had stepped up")."""
    moves = []
    for match in _PARTICLE_AT.finditer(text, sentence.start, sentence.end):
        particle = match.group("particle").lower()
        window = max(sentence.start, match.start() - 80)
        words = list(_WORD.finditer(text, window, match.start()))
        for size in range(1, min(4, len(words) - 1) + 1):
            verb = words[-size - 1]
            if any(w.group().lower() in _NOT_OBJECT for w in words[-size:]):
                break
            if particle not in _SEPARABLE_FORMS.get(verb.group().lower(), ()):
                continue
            before = words[-size - 2].group().lower() if len(words) > size + 1 else ""
            if before in ("the", "a", "an"):
                continue
            moved = " " + match.group("particle") + text[verb.end() : match.start()]
            variant = text[: verb.end()] + moved + text[match.end() :]
            moves.append((variant, verb.start()))
            break
    return moves


# A quotation split by its speech tag: "The money," he said, "is the reason ..."
_SPLIT_QUOTE = re.compile(
    r"(?P<tag>,[\"”]\s+(?:[\w’'.-]+\s+){0,6}?(?:"
    + "|".join(SPEECH_VERBS)
    + r")(?:\s+[\w’'.-]+){0,6}?,)(?P<space>\s)(?P<open>[\"“])(?=\w)",
    re.IGNORECASE,
)


def speech_tag_cuts(text: str, sentence: Span) -> list[tuple[int, int]]:
    """The cuts that join a quotation split by its speech tag: '"The money," he said, "is
    the reason"' reads '"The money is the reason"'."""
    cuts: list[tuple[int, int]] = []
    for match in _SPLIT_QUOTE.finditer(text, sentence.start, sentence.end):
        cuts.append(match.span("tag"))
        cuts.append(match.span("open"))
    return cuts
