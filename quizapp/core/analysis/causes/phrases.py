"""Cause noun phrases: where a cause phrase ends, how lists split into single causes,
and the short label a teacher would give it (``cause_label``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import trim

# Where a cause phrase's head noun phrase ends: a time or place modifier ("a power cut
# during last week's storms" is a power cut, not a storm).
# "this" as a time modifier, not a determiner ("a winter like this one").
_THIS_TIME = (
    r"this\s+(?:week|month|year|morning|afternoon|evening|weekend|spring|summer|autumn|winter|"
    r"season|term)"
)
_HEAD_END = re.compile(
    r"\s+(?:during|since|near|across|around|amid|amidst|following|throughout|after|before|within|"
    r"on top of|over the (?:past|last)|earlier|overnight|yesterday|today|tonight|ever|"
    # "last" ends the head only as a time ("storms last winter", not "its last offer")
    r"last(?=\s+(?:week|month|year|night|weekend|spring|summer|autumn|fall|winter|season|"
    r"term|time|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|"
    r"may|june|july|august|september|october|november|december|decade|century)\b)|"
    rf"{_THIS_TIME}|"
    r"(?:put|set|[a-z]+ed)\s+(?:in place|by|after|since|last|this|in (?:19|20)\d\d|in (?:the )?"
    r"(?:spring|summer|autumn|fall|winter))\b)\b",
    re.IGNORECASE,
)
# A point or comma between digits ("£1.2m", "4,300") is part of the number.
_NP_END = re.compile(
    r"(?<!\d)[,.]|[,.](?!\d)|[;:!?—–()\"“”]|\s(?:that|which|who|when|while|where|but|so|because|as|if|than|is|are|"
    r"was|were|will|would|could|has|have|had|can|may|might|rather|instead|after)\s|"
    # a participle phrase naming the cause's own cause: "a lack of oxygen brought on by X"
    r"\s(?:[a-z]+ed|brought|driven|made|caused|left)\s+(?:on\s+|about\s+)?by\s|"
    # "to" ends a phrase, except after a word that takes it ("an account belonging to X")
    r"(?<!\bbelonging)(?<!\brelating)(?<!\bnext)(?<!\bclose)(?<!\bprior)(?<!\bowing)\sto\s",
)


_TO_NOUNS = {"decision", "plan", "move", "choice", "failure", "refusal", "attempt", "efforts"}
_DANGLING = {
    "a", "an", "the", "of", "in", "on", "at", "to", "by", "for", "from", "with", "without",
    "and", "or", "its", "their", "his", "her", "over", "into", "across", "too", "either",
}  # fmt: skip
_PLACEHOLDERS = {
    "this", "that", "it", "these", "those", "them", "which", "what", "there",
    "everything", "nothing", "anything", "something", "who", "whom", "whatever", "anyone",
    "anybody", "someone", "somebody", "the", "a", "an", "more", "less", "fewer", "latest",
}  # fmt: skip

# General synonym rules, from the vocabulary of news about causes.
_LABELS: list[tuple[str, re.Pattern[str]]] = [
    (label, re.compile(pattern, re.IGNORECASE))
    for label, pattern in (
        (
            "climate change",
            r"climate (?:change|crisis|breakdown|emergency)|global (?:warming|heating)|"
            r"(?:changing|warming|heating) (?:climate|planet|world|arctic|oceans?|seas?)|"
            r"rising (?:global )?temperatures|greenhouse (?:gas|gases|effect)|carbon emissions",
        ),
        (
            "ice loss",
            r"(?:los[st]|loss|retreat\w*|melt\w*|shrink\w*|dissipat\w*|reduc\w*|disappear\w*|"
            r"declin\w*|thin\w*|chang\w*|vanish\w*|less|lack of)\W+(?:\w+\W+){0,2}?(?:sea[- ])?ice|"
            r"(?:sea[- ])?ice\W+(?:\w+\W+){0,2}?(?:loss|retreat|melt\w*|shrink\w*|decline|"
            r"disappear\w*|cover (?:is )?shrinking|platform)",
        ),
        ("overcrowding", r"overcrowd\w*|crowding|crammed|crush(?:ing)?"),
        ("heavy rain", r"heavy rain(?:fall)?|downpours?|torrential rain|deluge"),
        ("drought", r"drought|lack of rain"),
        (
            "poor drainage",
            r"(?:poor|inadequate|bad|faulty) drainage|drainage (?:problems?|issues?)",
        ),
        ("budget cuts", r"budget cuts|austerity"),
        ("pollution", r"pollut\w*"),
        ("human activity", r"human (?:activity|intrusion|development|disturbance)"),
    )
]
_ATTACK = re.compile(
    # "polar bear attack" names polar bears; "ransomware attack", "heart attack" stay whole
    r"^(?!(?:[\w -]+ )?(?:ransomware|cyber|terror|terrorist|arson|missile|drone|bomb|heart|"
    r"panic|asthma|acid|knife|gun|air|hacking|hacker|phishing|malware)\s+attacks?$)"
    r"(?:(?P<agent>[\w -]+?) (?:attacks?|threat|predation)|"
    r"(?:attacks?|predation) by (?!an? )(?P<by>[\w -]+))$",
    re.IGNORECASE,
)
_DROP_WORDS = re.compile(
    r"^(?:(?:(?:one|two|three|four|five|six|some|many|all|most|several|both|each|none|parts?)"
    r" of|a|an|the|their|its|his|her|our|own|this|that|these|those|some|combination of|instead|"
    r"me|us|him|them|"
    r"mix of|both|three|two|several|many|much|any|every|each|"
    r"(?:(?:more than|less than|almost|nearly|over|about|around|some)\s+)?(?:an?\s+|one\s+|"
    r"two\s+|three\s+|several\s+|many\s+|\d+\s+)?(?:days?|weeks?|months?|years?|decades?) of)"
    r"\s+)+",
    re.IGNORECASE,
)


# A synonym rule names the text's head only: a participle it matches that modifies a
# noun of its own ("contaminated supplement", "polluted rivers") keeps the text's phrase.
_MODIFIER_ONLY = re.compile(
    r"\s+(?!(?:on|in|at|to|into|onto|by|for|from|with|of|and|or|near|over|across|during|"
    r"since|after|before|that|which|who|was|were|is|are|had|has|have|last|this|next|earlier|"
    r"overnight|yesterday|today|alone|itself|as|than|but|not|rather|instead|could|would|"
    r"will|may|might|can|must|in|[a-z]+ly)\b)[a-z][\w-]*"
)
# A proper name of two or more capitalised words is its own label, never a synonym.
_PROPER_NAME = re.compile(r"(?:[Tt]he\s+)?(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)+)")


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
    weak: bool = False  # only set beside the event ("amid X"), not said to cause it


# Nouns that measure something and need their "of" complement in a label.
_MEASURE_NOUNS = {"number", "amount", "level", "share", "proportion", "quality", "supply", "cost"}


# A word that carries a noun phrase on (not a preposition, article, time word or verb).
_NP_GOES_ON = re.compile(
    r"(?!(?:of|in|on|at|to|for|from|with|by|and|or|but|the|a|an|its|their|his|her|this|that|"
    r"these|those|which|who|last|next|earlier|later|after|before|since|during|while|when|"
    r"was|were|is|are|has|have|had|will|would|could|can|may|might|not|than|as|over|under|"
    r"into|across|near|amid|because|due|until|now|then|there|here|so|too|very|"
    r"we|they|i|you|he|she|it|us|them)$)"  # "the fee | we receive": a contact clause
    r"[a-z][a-z’'-]*(?<!ly)(?<!ed)(?<!ing)"
)


_SUBJECT_PRONOUNS = {"we", "they", "i", "you", "he", "she"}
# Words after which a pronoun starts their own clause ("what we pay", "someone you love").
_OPENS = {
    "what",
    "someone",
    "anyone",
    "everyone",
    "something",
    "anything",
    "everything",
    "how",
    "why",
    "where",
    "when",
    "whatever",
    "that",
}


def cause_label(phrase: str) -> str:
    """A short canonical label for a cause phrase, by general synonym rules.

    Only the head noun phrase is labelled (a time or place modifier is cut first), and a
    synonym rule applies only when it matches that head; otherwise the label is the head
    itself, close to the text."""
    phrase = _HEAD_END.split(phrase, maxsplit=1)[0]
    # "an increase in training hours, to about 190": a figure aside ends the phrase
    phrase = re.sub(
        r",\s+(?:to|at|of|from|by|up to|down to)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|"
        r"some\s+|roughly\s+)?[\d$£€].*$",
        "",
        phrase,
    )
    name = _PROPER_NAME.fullmatch(phrase.strip())
    if name:
        return name.group("name").lower()  # "Storm Edda" is a name, not "heavy rain"
    for label, pattern in _LABELS:
        match = pattern.search(phrase)
        if match and (
            not _MODIFIER_ONLY.match(phrase, match.end())
            or not re.fullmatch(r"[a-z]+", match.group().lower())
        ):
            return label  # a single word it names must be the head: not "drainage pipe"
    # a trailing time or place goes ("storms in 2024"), not a change's complement ("the drop
    # in tourism", "a rise in cases")
    core = re.sub(
        r"(?<!\bdrop)(?<!\brise)(?<!\bfall)(?<!\bincrease)(?<!\bdecline)(?<!\bsurge)"
        r"(?<!\bspike)(?<!\bcut)(?<!\bcuts)(?<!\bslump)(?<!\bjump)"
        r"\s+(?:in|on|at|during|since|over|for)\s+(?:\d{4}|the \w+|\w+)$",
        "",
        phrase,
    )
    core = _DROP_WORDS.sub("", core.strip()).strip()
    core = re.sub(r"^[\w’']+(?:’s|'s)\s+(?:own\s+)?", "", core)
    attack = _ATTACK.match(core)
    if attack:
        agent = _DROP_WORDS.sub("", attack.group("agent") or attack.group("by") or "").strip()
        agent = agent.lower()
        return agent if agent.endswith("s") else f"{agent}s"
    core = _DROP_WORDS.sub("", core).strip()
    core = (
        re.sub(rf"\s+(?:during|since|after|before|within|last|{_THIS_TIME}|earlier)\b.*$", "", core)
        or core
    )
    core = re.sub(
        r"\s+(?:by|to|from|of\s+up\s+to)\s+(?:almost\s+|nearly\s+|about\s+|around\s+|"
        r"more than\s+|over\s+)?[\d£$€].*$",
        "",
        core,
    )  # "ticket prices rising by almost 30 per cent" -> "ticket prices rising"
    words = core.split()
    subject = next(
        (
            i
            for i, word in enumerate(words)
            if i > 1 and word.lower() in _SUBJECT_PRONOUNS and words[i - 1].lower() not in _OPENS
        ),
        None,
    )
    if subject is not None:
        words = words[:subject]  # "the fee | we receive": a contact clause ends the phrase
    kept = words[:5]
    while len(words) > len(kept) < 8 and _NP_GOES_ON.fullmatch(words[len(kept)]):
        kept.append(words[len(kept)])  # "lack of places in care homes": finish the phrase
    if len(words) > 5 and any(w.lower() in _TO_NOUNS for w in words[:3]) and "to" in words[:4]:
        kept = words[:10]  # "the council's decision to close the Brook Street day centre"
    if len(words) > 6 and words[4].lower() in _MEASURE_NOUNS and words[5].lower() == "of":
        kept = words[:7]  # "a sharp increase in the number of riders": the measure's complement
        while len(words) > len(kept) < 9 and _NP_GOES_ON.fullmatch(words[len(kept)]):
            kept.append(words[len(kept)])  # "... the number of delivery riders"
    while len(kept) > 1 and kept[-1].lower() in _DANGLING:
        kept.pop()
    if (
        len(kept) > 2
        and kept[-1].endswith("ing")
        and words[len(kept) : len(kept) + 1] in (["to"], ["by"], ["from"], ["with"])
    ):
        kept.pop()  # "an account belonging to ...": the noun, not a cut participle phrase
    return " ".join(kept).lower()


# A clause that only says something exists or a pronoun has it: "there were no beds", "we
# had a mild autumn".  Its object names the cause ("we have cut fees" is an action: a
# participle follows; "the county had no dental school" keeps its subject, which says
# where the lack is).
_HAVING = re.compile(
    r"(?:there\s+(?:is|are|was|were|has been|have been|had been|will be|would be)"
    r"(?:\s+(?:often|usually|simply|now|still|also|just))?|"
    r"(?:we|they|i|you|he|she|it)\s+(?:also\s+|still\s+|now\s+|just\s+|simply\s+)?"
    r"(?:has|have|had|need|needs|needed|lack|lacks|lacked))\s+"
    r"(?!(?:been|got|to|had|not|no longer|never|also|still|now|just|already|[a-z]+ly|"
    r"[a-z]+ed|taken|given|seen|written|broken|chosen|fallen|driven|eaten|risen|stolen|"
    r"beaten|shaken|proven|grown|drawn|shown|cut|put|set|made|left|kept|lost|run|hit|shut|"
    r"spent|sold|bought|gone|done|become|begun|brought|built|caught|found|held|known|paid|"
    r"said|sent|told|won)\b)(?=[\w£$€\d])",
    re.IGNORECASE,
)


def _having_object(text: str, start: int, end: int) -> int:
    """Where the object of a clause of having or being there starts ("there were | no
    beds"), or ``start`` when the clause says more than that."""
    having = _HAVING.match(text, start, end)
    return having.end() if having else start


def _cause_phrases(text: str, start: int, limit: int) -> list[tuple[int, int]]:
    """The noun phrase(s) a cue introduces, split at "and" and commas into single causes."""
    end = limit
    for end_match in _NP_END.finditer(text, start, limit):
        before = text[start : end_match.start()].split()
        if end_match.group().strip() == "to" and before and before[-1] in _TO_NOUNS:
            continue
        after = text[end_match.end() : limit].split()[:3]
        while len(after) > 2 and after[0].lower() in _INTENSIFIERS:
            after = after[1:]  # ", very wet autumn"
        if (
            end_match.group() == ","
            and _lone_adjective(" ".join(before) or "x")
            and len(after) >= 2
            and _lone_adjective(after[0])
        ):
            continue  # "a hotter, drier climate"
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
    for piece in re.split(r"\s+and\s+|,\s+|\s+as well as\s+|\s+along with\s+", text[cursor:end]):
        index = text.find(piece, cursor, end)
        left = text[parts[-1][0] : parts[-1][1]] if parts else ""
        comma = parts and text[parts[-1][1] : index].strip() == ","
        joined = parts and text[parts[-1][1] : index].strip().lower() == "and"
        if parts and (
            _modifier_only(left, piece)
            or (joined and _shared_head(left, piece))
            or (
                comma
                and _lone_adjective(left)
                and len(piece.split()) >= 2
                and _lone_adjective(piece.split()[0])
            )
        ):
            parts[-1] = (parts[-1][0], index + len(piece))  # "longer and more intense heat"
        else:
            parts.append((index, index + len(piece)))
        cursor = index + len(piece)
    return [p for p in parts if p[1] > p[0]]


# A lone adjective before a comma shares the next item's noun ("a hotter, drier climate").
_ADJECTIVE = re.compile(r"(?:an?\s+|the\s+)?[a-z-]+(?:er|est|al|ous|ful|ive|ic|ish)", re.IGNORECASE)


_PLAIN_ADJECTIVES = set(
    "high low big small new old long short hot cold wet dry strong weak poor bad good heavy "
    "light cheap rich late early fast slow hard soft deep wide local national public private "
    "major minor extreme severe rising falling growing warm cool mild damp harsh calm icy stormy "
    "windy loud busy empty full".split()
)


_INTENSIFIERS = {"very", "so", "too", "extremely", "unusually", "exceptionally", "particularly"}


def _lone_adjective(phrase: str) -> bool:
    """Whether ``phrase`` is one adjective, perhaps after an article ("a hotter", "cold")."""
    words = phrase.lower().split()
    if words[:1] in (["a"], ["an"], ["the"]):
        words = words[1:]
    while len(words) > 1 and words[0] in _INTENSIFIERS:
        words = words[1:]  # "a very warm, very wet autumn"
    return len(words) == 1 and (
        words[0] in _PLAIN_ADJECTIVES
        or bool(_ADJECTIVE.fullmatch(words[0]))
        or bool(re.match(r"(?:low|high|well|ill|long|short|over|under|non|anti)-", words[0]))
    )


_DETERMINERS = {"a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "some"}


def _shared_head(left: str, right: str) -> bool:
    """Whether "left and right" is one cause sharing a head noun: "higher fuel and insurance
    costs" (two noun modifiers of "costs"), "spending on cars and holidays" (two objects of
    one preposition).  "heavy rain and strong winds" stays two causes."""
    lw, rw = left.lower().split(), right.lower().split()
    if not lw or not rw or rw[0] in _DETERMINERS:
        return False
    if len(rw) == 1:  # "spending on cars and holidays"
        return len(lw) >= 3 and lw[-2] in {"on", "of", "for", "in"} and lw[-1] not in _DETERMINERS
    first = rw[0]
    return (
        len(lw) <= 2
        and len(rw) == 2
        and not lw[-1].endswith("s")
        and rw[-1].endswith("s")
        and first not in _PLAIN_ADJECTIVES
        and not _ADJECTIVE.fullmatch(first)
        and not re.search(r"(?:ed|ing|ly)$", first)
    )


def _modifier_only(left: str, right: str) -> bool:
    """Whether ``left`` is a lone adjective sharing the noun of ``right`` ("older and poorer")."""
    if len(left.split()) != 1 or len(right.split()) < 2:
        return False
    first = right.split()[0].lower()
    return first in {"more", "less", "most", "increasingly", "ever"} or (
        left.lower().endswith("er") and first.endswith("er")
    )


def _cue_position(text: str, claim: CauseClaim) -> int:
    """Where a claim's cue stands (after its subject for "X had made Y ...")."""
    found = text.find(claim.cue, claim.start, claim.end)
    return found if found >= 0 else claim.start


def _claim(
    text: str, start: int, end: int, span_start: int, negated: bool, cue: str
) -> CauseClaim | None:
    label = cause_label(text[start:end])
    if not label or label in _PLACEHOLDERS or span_start >= end:
        return None
    return CauseClaim(None, label, negated, text[span_start:end], span_start, end, cue)


def _phrase_claims(
    text: str, phrases: list[tuple[int, int]], span_start: int, negated: bool, cue: str
) -> list[CauseClaim]:
    """One claim per cause phrase of a cue: the first span opens at the cue
    (``span_start``), the others at their own phrase ("blamed X | and Y")."""
    made = (
        _claim(text, start, end, start if index else span_start, negated, cue)
        for index, (start, end) in enumerate(phrases)
    )
    return [claim for claim in made if claim is not None]
