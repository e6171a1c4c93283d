"""Cause claims: what an event is blamed on, by whom, and whether the cause is denied.

A cause is found after a causal cue ("due to", "because of", "blamed ... on", "the
result of", "trying to escape", "a symptom of") or before a causal verb ("sea-ice
retreat has made ..."), and is given a short canonical label by general synonym rules
(every way of saying "global warming" is "climate change").  A cause is negated when a
negation stands in its clause before the cue ("were not trying to ... due to", "can't be
attributed to", "..., not by falling birth rates") or the clause is denied ("denied that
the heat caused ..."); "not caused by X but by Y" gives Y as the cause put instead.  Also
read: "blamed X for Y" (X), "the decision followed X" (X), and any subject of a plainly
causal verb ("staff shortages led to ...", "caused", "sparked", "resulted in"), also
with adverbs and modals ("had also reduced", "can tip it over"; an intransitive use such
as "sales increased by 5%" is no cause), "X was to blame" (X), "stemmed from X" and "the
result of X, not of Y" (Y negated).  Synonym labels apply only to a phrase's head noun
phrase, so "a power cut during the storms" is a power cut, not heavy rain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..articles import Article
from .text import Span, body_spans, sentences, trim, word_alternation

_AFTER_CUES = (
    r"due to|owing to|because of|on account of|as a (?:direct )?result of|(?:the|a) (?:direct )?"
    r"result of|(?:caused|driven|triggered|fuelled|fueled|worsened|exacerbated|prompted|"
    r"confused|sparked|brought on) by|not by|not of|(?:is|are|was|were) (?:\w+ly )?down to|attribut\w* to|"
    r"stem(?:s|med|ming)? from|ar(?:ose|ises|ising) from|"
    r"blam\w*(?:\s+[\w’'-]+){0,5}?\s+on|but (?:rather |instead )?by|(?:the|a) (?:\w+ )?(?:reality|consequence|"
    r"consequences|symptom|sign|effects?|product|legacy) of|linked to|thanks to|"
    r"(?:trying|attempting|tried|try|desperate) to (?:escape|flee|avoid|get away from)|"
    r"flee(?:ing)?|escap(?:e|ing) from|because"
)
# Every cue starts with one of these words (or word beginnings); checking them first lets
# the engine skip most positions at once.
_CUE_WORDS = word_alternation(
    "due owing because on as the a caused driven triggered fuelled fueled worsened "
    "exacerbated prompted confused sparked brought not is are was were but linked thanks "
    "trying attempting tried try desperate flee fleeing stem stems stemmed stemming arose "
    "arises arising".split()
)
_CUE_PREFIXES = word_alternation(["attribut", "blam", "escap"])
_CUE_AFTER = re.compile(
    rf"\b(?=(?:{_CUE_WORDS}\b|{_CUE_PREFIXES}))(?P<cue>{_AFTER_CUES})\b\s*", re.IGNORECASE
)
# "blamed X for Y": the cause is the object, ended by "for".
_BLAME_FOR = re.compile(
    r"\b(?P<cue>blam(?:e|es|ed|ing))\s+(?P<cause>(?!for\b)(?:[^,.;:!?\"“”]|(?<=\d)[,.](?=\d))"
    r"{2,80}?)\s+for\b",
    re.IGNORECASE,
)
# "The decision followed two years of falling orders": an event said to follow its reason.
_FOLLOWS = re.compile(
    r"\b(?P<cue>(?:(?:has|had)\s+)?(?:follows|followed)|comes after|came after)\s+",
    re.IGNORECASE,
)
_FOLLOWS_EVENT = re.compile(
    r"\b(?:decision|move|closure|cuts?|announcement|resignation|ban|shutdown|job losses|"
    r"layoffs|sacking|departure|collapse|rise|fall|drop|decline|increase|strike|protest|"
    r"change|u-turn|reversal|delay|recall)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# Verbs that make their subject a cause whatever it is ("staff shortages led to ...",
# "hot weather had also reduced oxygen", "a spill can tip it over").
_AUX = (
    r"(?:(?:has|have|had)\s+(?:(?:also|already|further|then|probably|\w+ly)\s+)?|"
    r"(?:can|could|may|might|will|would)\s+(?:also\s+|easily\s+|still\s+)?(?:have\s+)?)"
)
_STRONG_CAUSAL = re.compile(
    rf"^{_AUX}?(?:caused|causes|cause|led to|leads to|lead to|triggered|triggers|trigger|"
    r"sparked|prompted|resulted in|result in|contributed to|contribute to|fuelled|fueled|fuel|"
    r"drove|driven|drive|reduced|reduces|reduce|increased|increases|increase|raised|raise|"
    r"worsened|worsen|tipped|tips|tip|(?:was|were|is|are)\s+(?:also\s+)?behind)$",
    re.IGNORECASE,
)
# Causal verbs that are also intransitive ("sales increased by 5%"): a cause only with an
# object ("hot weather had reduced oxygen").
_NEEDS_OBJECT = re.compile(
    r"(?:reduce|increase|raise|worsen|tip)\w*$|behind$",
    re.IGNORECASE,
)
_NO_OBJECT = re.compile(
    r"\s*(?:$|[.,;:!?)\"”]|(?:by|to|from|in|on|at|over|since|during|sharply|slightly|"
    r"significantly|steadily|again|schedule|target|time)\b|[\d£$€]|\w+ly\b)",
    re.IGNORECASE,
)
# Denying the clause that follows: "denied that the heat caused the deaths".
_DENIAL = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?\s+(?:the\s+)?(?:claims?|suggestions?|"
    r"idea|allegations?)|dismiss(?:es|ed|ing)?\s+(?:the\s+)?(?:claims?|suggestions?|idea))"
    r"\s+that\s*$",
    re.IGNORECASE,
)
_PAST_CAUSAL = (
    r"made|impacted|affected|forced|caused|driven|pushed|hit|damaged|harmed|led to|triggered|"
    r"sparked|prompted|resulted in|contributed to|fuelled|fueled|reduced|increased|raised|"
    r"worsened|tipped"
)
_BASE_CAUSAL = (
    r"cause|trigger|tip|push|lead to|make|drive|worsen|damage|harm|kill|fuel|reduce|"
    r"increase|raise|contribute to|result in|spark|prompt"
)
_CAUSAL_VERBS = re.compile(
    r"\b(?="
    + word_alternation(
        "has have had made impacted affected forced caused causes drove pushed triggered "
        "sparked prompted resulted contributed led leads ripple ripples threatens "
        "threatened fuelled fueled can could may might will would was were is are".split()
    )
    + r"\b)"
    rf"(?P<verb>(?:has|have|had)\s+(?:(?:also|already|further|then|probably|\w+ly)\s+)?"
    rf"(?:{_PAST_CAUSAL})|"
    rf"(?:can|could|may|might|will|would)\s+(?:also\s+|easily\s+|still\s+)?(?:{_BASE_CAUSAL})|"
    r"(?:was|were|is|are)\s+(?:also\s+)?behind|"
    r"(?:made|impacted|affected|forced|caused|causes|drove|pushed|triggered|sparked|prompted|"
    r"resulted in|contributed to|led to|leads to|ripples? down to|threatens|threatened|"
    r"fuelled|fueled))\b",
    re.IGNORECASE,
)
# "its equipment was to blame", "the drivers were not at fault": the subject is the cause.
_TO_BLAME = re.compile(
    r"\b(?P<verb>(?:was|were|is|are|had been|has been|have been|(?:could|may|might|must|"
    r"would) (?:not )?be)\s+(?:(?:not|partly|largely|mainly|entirely|solely|also|ultimately|"
    r"chiefly|wholly|in part|at least partly)\s+)*(?:to blame|at fault))\b",
    re.IGNORECASE,
)
# The same cue patterns without the ignore-case flag, for lower-cased text (every word in
# them is lower case); ignore-case matching is about twice as slow.
_CUE_AFTER_LC = re.compile(_CUE_AFTER.pattern)
_FOLLOWS_LC = re.compile(_FOLLOWS.pattern)
_CAUSAL_VERBS_LC = re.compile(_CAUSAL_VERBS.pattern)
# Where a cause phrase's head noun phrase ends: a time or place modifier ("a power cut
# during last week's storms" is a power cut, not a storm).
_HEAD_END = re.compile(
    r"\s+(?:during|since|near|across|amid|amidst|following|throughout|after|before|"
    r"on top of|over the (?:past|last)|earlier|last|this)\b",
    re.IGNORECASE,
)
_NP_END = re.compile(
    r"[,.;:!?—–()\"“”]|\s(?:that|which|who|when|while|where|but|so|because|as|if|than|is|are|"
    r"was|were|will|would|could|has|have|had|can|may|might|to|rather)\s",
)
_NEGATION = re.compile(
    r"\b"
    + word_alternation(
        "not|never|no|cannot|can't|can’t|couldn't|couldn’t|isn't|isn’t|wasn't|wasn’t|weren't|"
        "weren’t|aren't|aren’t|don't|don’t|doesn't|doesn’t|didn't|didn’t|won't|won’t|"
        "nothing to do with|rather than|instead of".split("|")
    )
    + r"\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(
    r"[;:—]|,\s+(?:but|and|while|whereas|rather)\b|\b(?:but|rather|that|who|which)\b"
)
_TO_NOUNS = {"decision", "plan", "move", "choice", "failure", "refusal", "attempt", "efforts"}
_DANGLING = {
    "a", "an", "the", "of", "in", "on", "at", "to", "by", "for", "from", "with", "without",
    "and", "or", "its", "their", "his", "her", "over", "into", "across",
}  # fmt: skip
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
    r"mix of|both|three|two|several|many|much|any|every|each|"
    r"(?:days|weeks|months|years|decades) of)\s+)+",
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
    """A short canonical label for a cause phrase, by general synonym rules.

    Only the head noun phrase is labelled (a time or place modifier is cut first), and a
    synonym rule applies only when it matches that head; otherwise the label is the head
    itself, close to the text."""
    phrase = _HEAD_END.split(phrase, maxsplit=1)[0]
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
    core = _DROP_WORDS.sub("", linked[-1]).strip()
    core = re.sub(r"\s+(?:during|since|after|before|last|this|earlier)\b.*$", "", core) or core
    core = re.sub(
        r"\s+(?:by|to|from)\s+(?:almost\s+|nearly\s+|about\s+|around\s+|more than\s+|over\s+)?"
        r"[\d£$€].*$",
        "",
        core,
    )  # "ticket prices rising by almost 30 per cent" -> "ticket prices rising"
    kept = core.split()[:5]
    while len(kept) > 1 and kept[-1].lower() in _DANGLING:
        kept.pop()
    return " ".join(kept).lower()


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
        if parts and _modifier_only(text[parts[-1][0] : parts[-1][1]], piece):
            parts[-1] = (parts[-1][0], index + len(piece))  # "longer and more intense heat"
        else:
            parts.append((index, index + len(piece)))
        cursor = index + len(piece)
    return [p for p in parts if p[1] > p[0]]


def _modifier_only(left: str, right: str) -> bool:
    """Whether ``left`` is a lone adjective sharing the noun of ``right`` ("older and poorer")."""
    if len(left.split()) != 1 or len(right.split()) < 2:
        return False
    first = right.split()[0].lower()
    return first in {"more", "less", "most", "increasingly", "ever"} or (
        left.lower().endswith("er") and first.endswith("er")
    )


def _negated(text: str, sentence: Span, cue_start: int, cue: str) -> bool:
    lowered = cue.strip(" ,").lower()
    if lowered.startswith("not"):
        return True
    if lowered.startswith("but"):
        return False  # "not caused by X but by Y": Y is the cause put instead
    window_start = sentence.start
    for match in _CLAUSE_BREAK.finditer(text, sentence.start, cue_start):
        window_start = match.end()
    if _DENIAL.search(text, sentence.start, window_start):
        return True
    window = text[max(window_start, cue_start - 80) : cue_start]
    return bool(_NEGATION.search(window))


def find_causes(
    article: Article, speaker_of: dict[int, str | None] | None = None
) -> list[CauseClaim]:
    """Every cause claim in the body; ``speaker_of(pos)`` maps a position to its source."""
    text = article.text
    lowered = text.lower()
    folded = lowered if len(lowered) == len(text) else None
    found: list[CauseClaim] = []
    for paragraph in body_spans(article):
        for sentence in sentences(text, paragraph.start, paragraph.end):
            found.extend(_in_sentence(text, sentence, folded))
    found.sort(key=lambda c: c.start)
    return found


def _in_sentence(text: str, sentence: Span, folded: str | None = None) -> list[CauseClaim]:
    """Cause claims in one sentence; ``folded`` is ``text.lower()`` when that keeps every
    offset, and lets the cue patterns run without the (slower) ignore-case flag."""
    claims: list[CauseClaim] = []
    if folded is not None:
        scan, cues, follow_cues, verbs = folded, _CUE_AFTER_LC, _FOLLOWS_LC, _CAUSAL_VERBS_LC
    else:
        scan, cues, follow_cues, verbs = text, _CUE_AFTER, _FOLLOWS, _CAUSAL_VERBS
    for blame in _BLAME_FOR.finditer(text, sentence.start, sentence.end):
        start, end = blame.span("cause")
        if re.search(r"\bon\b", text[start:end]):
            continue  # "blamed X on Y ... for decades": the "on" cue has it
        negated = _negated(text, sentence, blame.start(), blame.group("cue"))
        for part_start, part_end in _split_parts(text, *trim(text, start, end)):
            label = cause_label(text[part_start:part_end])
            if label and label not in _PLACEHOLDERS:
                span_start = blame.start() if not claims else part_start
                claims.append(
                    CauseClaim(
                        None,
                        label,
                        negated,
                        text[span_start:part_end],
                        span_start,
                        part_end,
                        blame.group("cue"),
                    )
                )
    for follows in follow_cues.finditer(scan, sentence.start, sentence.end):
        if not _FOLLOWS_EVENT.search(
            text, max(sentence.start, follows.start() - 40), follows.start()
        ):
            continue
        follows_cue = text[follows.start("cue") : follows.end("cue")]
        negated = _negated(text, sentence, follows.start("cue"), follows_cue)
        for index, (start, end) in enumerate(_cause_phrases(text, follows.end(), sentence.end)):
            label = cause_label(text[start:end])
            if label and label not in _PLACEHOLDERS:
                span_start = start if index else follows.start("cue")
                claims.append(
                    CauseClaim(
                        None,
                        label,
                        negated,
                        text[span_start:end],
                        span_start,
                        end,
                        follows_cue,
                    )
                )
    for cue in cues.finditer(scan, sentence.start, sentence.end):
        cue_text = text[cue.start("cue") : cue.end("cue")]
        if cue_text.lower() == "because" and text[cue.end() : cue.end() + 3].lower() == "of ":
            continue
        if cue_text.lower().startswith("due to") and re.match(
            r"\s*(?:be|have)\b", text[cue.end() :]
        ):
            continue
        if cue_text.lower().startswith("not of") and not any(c.start < cue.start() for c in claims):
            continue  # "not of" is a cue only after one: "the result of X, not of Y"
        negated = _negated(text, sentence, cue.start(), cue_text)
        limit = sentence.end
        clause = cue_text.lower() == "because"
        if clause:
            clause_start = cue.end()
            adverbs = re.match(r"(?:\w+ly,?\s+)+", text[clause_start:limit])
            if adverbs:
                clause_start += adverbs.end()
            first = re.match(r"[\w’']+", text[clause_start:limit])
            if (
                first
                and first.group().lower() in _PLACEHOLDERS
                and _known(text, clause_start, _clause_end(text, clause_start, limit)) is None
            ):
                continue  # "because this is a story about ...": an explanation
            phrases = [trim(text, clause_start, _clause_end(text, clause_start, limit))]
        else:
            phrases = _cause_phrases(text, cue.end(), limit)
        for index, (start, end) in enumerate(phrases):
            label = cause_label(text[start:end])
            known = _known(text, start, end)
            if not label or label in _PLACEHOLDERS:
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
    for verb in verbs.finditer(scan, sentence.start, sentence.end):
        verb_text = text[verb.start() : verb.end()]
        start, end = _subject_phrase(text, sentence.start, verb.start())
        if any(c.start <= start < c.end for c in claims):
            continue
        object_end = _clause_end(text, verb.end(), sentence.end)
        negated = _negated(text, sentence, verb.start(), verb_text)
        plain_verb = re.sub(r"\s+", " ", verb_text)
        strong = (
            _STRONG_CAUSAL.match(plain_verb)
            and not re.match(r"\s+by\b", text[verb.end() :])
            and not re.search(r"\b(?:is|are|was|were|be|been|being)\s+$", text[start:end])
            and not (
                _NEEDS_OBJECT.search(plain_verb)
                and _NO_OBJECT.match(text, verb.end(), sentence.end)
            )
        )
        if not strong and re.match(
            r"(?:was|were|is|are|can|could|may|might|will|would)\b", plain_verb, re.IGNORECASE
        ):
            continue
        for part_start, part_end in _split_parts(text, start, end):
            if _known(text, part_start, part_end) is None and not (
                strong and _plausible_subject(text[part_start:part_end])
            ):
                continue
            label = cause_label(text[part_start:part_end])
            if not label or label in _PLACEHOLDERS:
                continue
            claims.append(
                CauseClaim(
                    None,
                    label,
                    negated,
                    text[part_start:object_end],
                    part_start,
                    object_end,
                    verb_text,
                )
            )
    for blame in _TO_BLAME.finditer(text, sentence.start, sentence.end):
        start, end = _subject_phrase(text, sentence.start, blame.start())
        if not _plausible_subject(text[start:end]) or any(c.start <= start < c.end for c in claims):
            continue
        negated = _negated(text, sentence, blame.start(), blame.group("verb"))
        for part_start, part_end in _split_parts(text, start, end):
            label = cause_label(text[part_start:part_end])
            if label and label not in _PLACEHOLDERS:
                claims.append(
                    CauseClaim(
                        None,
                        label,
                        negated,
                        text[part_start : blame.end()],
                        part_start,
                        blame.end(),
                        blame.group("verb"),
                    )
                )
    return claims


def _plausible_subject(phrase: str) -> bool:
    """A noun phrase that can be a cause: a few words, not a pronoun or a relative word."""
    words = phrase.split()
    return (
        0 < len(words) <= 8
        and words[0].lower() not in _PLACEHOLDERS | {"he", "she", "they", "we", "i", "you"}
        and not re.search(r"[\"“”]", phrase)
    )


# Where the subject of a causal verb starts: after a clause opener or a verb of saying
# ("Officials said a burst main led to ...").
_SUBJECT_OPENER = re.compile(
    r"[;:—]|(?<!\bof )\bthat\b|\b(?:how|when|while|as|because|and|said|says|argued|argues|claimed|claims|"
    r"insisted|insists|warned|warns|noted|notes|added|adds|believes|believe|think|thinks|"
    r"suggested|suggests|admitted|admits|acknowledged|acknowledges|confirmed|confirms|"
    r"explained|explains|stated|states)\b|,(?=[^,]*\b(?:is|are|was|were)\b)"
)


def _subject_phrase(text: str, sentence_start: int, verb_start: int) -> tuple[int, int]:
    """The words before a causal verb back to a clause opener (a list may hold commas)."""
    before = text[sentence_start:verb_start]
    opener = max((m.end() for m in _SUBJECT_OPENER.finditer(before)), default=0)
    start, end = trim(text, sentence_start + opener, verb_start, ' ,;:—–-"“”‘’')
    if len(text[start:end].split()) > 8:
        comma = text.rfind(",", start, end)
        if comma >= 0:  # no comma: keep the clause (rfind's -1 meant the article's start)
            start, end = trim(text, comma + 1, end)
    return start, end


def _known(text: str, start: int, end: int) -> int | None:
    """The end of the first known cause in ``text[start:end]``, if there is one."""
    for _, pattern in _LABELS:
        match = pattern.search(text, start, end)
        if match:
            return match.end()
    return None


_CLAUSE_END = re.compile(
    r"[.;:!?—\"“”]|,\s+(?:but|and|while)\b|"
    r"\s+and\s+(?=(?:said|says|added|adds|insisted|claimed|argued|denied|warned)\b)"
)


def _clause_end(text: str, start: int, limit: int) -> int:
    match = _CLAUSE_END.search(text, start, limit)
    return match.start() if match else limit
