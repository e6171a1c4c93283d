"""Cause claims of other shapes than cue + phrase: "blaming X", "as" after a change, an
event "after"/"over" a reason, "it is X that ...", "X, not Y", answered questions."""

from __future__ import annotations

import re
from itertools import pairwise

from ..text import Span, sentences, trim, word_alternation
from .lexicon import _BASE, _HEADLINE_PLURAL, _IN_STATE, _WITH_NOTHING
from .phrases import (
    _DANGLING,
    _DETERMINERS,
    _DROP_WORDS,
    _PLACEHOLDERS,
    CauseClaim,
    _cause_phrases,
    _claim,
    _having_object,
    _phrase_claims,
    _split_parts,
    cause_label,
)
from .scope import _NEGATION, _negated, _scope_start
from .subjects import (
    _CLAUSE_OPENER,
    _agent,
    _clause_end,
    _coordinated_subject,
    _plausible_subject,
    _subject_phrase,
)

# "Asked whether X caused Y, Ms Z said it was a factor": the answer makes the question's
# cause a claim (denied when the answer is "no"); "said it was too early to say" does not.
_ASKED = re.compile(
    r"\s*[\"“]?Asked\s+(?:whether|if)\b[^,]{5,160},\s+(?:[\w’'.-]+\s+){1,4}?"
    r"(?:said|says|replied|insisted|admitted|conceded|accepted|agreed|denied)\s+(?:that\s+)?"
)
_ANSWER_HEDGE = re.compile(
    r"\b(?:too (?:early|soon)|unclear|not (?:yet )?(?:clear|known)|not sure|unknown|could not say|"
    r"couldn't say|would not (?:say|speculate)|declined|wait)\b",
    re.IGNORECASE,
)


def _answered_question(text: str, sentence: Span) -> tuple[int, bool] | None:
    """Where the answer starts and whether it says no, for "Asked whether ..., X said ..."."""
    match = _ASKED.match(text, sentence.start, sentence.end)
    if match is None:
        return None
    answer = text[match.end() : sentence.end]
    if _ANSWER_HEDGE.search(answer):
        return None
    said = text[match.start() : match.end()]
    no = bool(
        re.match(r"(?:\w+\s+){0,3}?(?:was|had|did|is|were)?\s*(?:not|n[o’']t|no|never)\b", answer)
        or re.search(r"\bdenied\b", said)
    )
    return match.end(), no


# "blaming a slump in orders": the cause as the object of "blame" without "on" or "for".
_BLAME_BARE = re.compile(
    r"\b(?:blam(?:e|es|ed|ing)|credit(?:s|ed|ing)?)\s+(?!(?:on|for|as|after|when|while|amid|over|by|and|but|it|him|"
    r"her|them|me|us|himself|herself|themselves|"
    r"the\s+(?:government|council|company|club|board|minister|mayor|police))\b)",
    re.IGNORECASE,
)
# A headline's passive without its auxiliary: "Handover delays blamed as waits grow".
_HEADLINE_BLAMED = re.compile(
    r"(?P<cause>[^,:;]{3,60}?)\s+(?P<cue>blamed|to blame)(?=\s+(?:for|as|after|over|amid)\b|\s*$)"
)
# "demand had fallen by a third as carmakers switched to electric models": "as" with a
# clause, after a change, gives its reason.
_CHANGE_BEFORE_AS = re.compile(
    r"\b(?:fell|fallen|falling|rose|risen|rising|dropped|slowed|slumped|declined|increased|"
    r"decreased|grew|grown|shrank|shrunk|soared|plunged|climbed|halved|doubled|surged|eased|"
    r"collapsed|worsened|improved|suffered|struggled|closed|slipped|tumbled|jumped|"
    # nouns of change, and the participles that report one: "the rise was fuelled by X,
    # as many landlords had sold up"
    r"rise|fall|drop|increase|decline|surge|slump|shortage|growth|fuelled|driven|caused)\b"
)
_AS_CLAUSE = re.compile(
    r"\bas\s+(?!(?:much|many)\s+(?:[\w-]+\s+){0,3}?as\b)(?!(?:well|long|soon|far|if|though|a|an|part|usual|expected|"
    r"planned|such|of|it|he|she|they|we|i|you|this|that|there)\b)"
)
_SAYING = re.compile(
    r"(?:warned|reported|expected|predicted|noted|stated|announced|confirmed|claimed|argued|"
    r"explained|added|suggested|revealed|showed|estimated|forecast|said)$"
)


def _blame_and_as(
    text: str, sentence: Span, scan: str, claims: list[CauseClaim], headline: bool = False
) -> list[CauseClaim]:
    """ "blaming X" without "on"/"for", and "as" + a clause giving the reason for a change
    ("fell ... as carmakers switched ...") or, in a headline, for the event it reports
    ("Post office to close as postmaster retires")."""
    found: list[CauseClaim] = []

    def taken(position: int) -> bool:
        return any(c.start <= position < c.end for c in (*claims, *found))

    passive = _HEADLINE_BLAMED.match(text, sentence.start, sentence.end) if headline else None
    if passive:  # "Injury crisis and penalty call to blame for losing run"
        for start, end in _split_parts(text, *passive.span("cause")):
            made = _claim(text, start, end, sentence.start, False, "blamed")
            if made is not None:
                found.append(made)
    plural = (
        _HEADLINE_PLURAL.match(text, sentence.start, sentence.end)
        if headline and not claims
        else None
    )
    if plural and not _agent(plural.group("subject")):  # "Toxin fears prompt recall"
        made = _claim(text, *plural.span("subject"), sentence.start, False, plural.group("verb"))
        if made is not None:
            made.end, made.text = sentence.end, text[sentence.start : sentence.end]
            found.append(made)
    chunk = scan[sentence.start : sentence.end]
    if "blam" in chunk or "credit" in chunk:
        for match in _BLAME_BARE.finditer(scan, sentence.start, sentence.end):
            if taken(match.start()) or taken(match.end()):
                continue
            phrases = _cause_phrases(text, match.end(), sentence.end)
            if not phrases:
                continue
            rest = text[phrases[-1][1] : min(sentence.end, phrases[-1][1] + 60)]
            if re.match(r"(?:(?!\b(?:who|which|that)\b)[^.;])*?\b(?:on|for)\b", rest):
                continue  # "blamed X ... on Y": the other cues read it (not "X who ... on")
            negated = _negated(text, sentence, match.start(), match.group())
            found.extend(_phrase_claims(text, phrases, match.start(), negated, "blame"))
    if " as " in scan[sentence.start : sentence.end]:
        for match in _AS_CLAUSE.finditer(scan, sentence.start, sentence.end):
            scope = _scope_start(text, sentence, match.start())
            change = _CHANGE_BEFORE_AS.search(scan, max(scope, match.start() - 90), match.start())
            if taken(match.end()) or not (change or (headline and not (claims or found))):
                continue  # a headline gives one cause: "X blamed as waits grow" has it
            close = _clause_end(text, match.end(), sentence.end)
            close = min(close, _comma_end(text, match.end(), close))
            finite = (_HEADLINE_FINITE if headline else _FINITE).match(scan, match.end(), close)
            if finite is None or _SAYING.search(finite.group("verb")):
                continue
            if headline:  # "as signal faults hit ...": a plural noun, then the verb
                finite = _HEADLINE_VERB_AFTER.match(scan, finite.end("verb"), close) or finite
            subject = text[match.end() : finite.start("verb")]
            if not _plausible_subject(subject, 5):
                continue
            negated = _negated(text, sentence, match.start(), "as")
            made = _claim(text, match.end(), close, match.start(), negated, "as")
            if made is not None:
                # a headline's clause with an object names its subject: "as mild autumn leaves
                # coats on the rails" is the mild autumn; "as postmaster retires" the retiring
                transitive = headline and not _NO_OBJECT_AFTER.match(
                    text, finite.end("verb"), close
                )
                made.cause = (
                    cause_label(subject) if transitive else _clause_label(text[match.end() : close])
                )
                found.append(made)
    return found


def _clause_label(clause: str, longest: int = 5) -> str:
    """A clause as a label: its first five words, without articles ("carmakers switched
    to electric models")."""
    words = _DROP_WORDS.sub("", clause.strip()).split()[:longest]
    while len(words) > 1 and words[-1].lower() in _DANGLING:
        words.pop()
    return " ".join(words).lower()


_PLACE_PREPOSITIONS = {
    "into", "through", "across", "beneath", "under", "onto", "on", "in", "at", "from", "off",
    "over", "near", "to", "out", "down", "up", "along", "around", "inside", "outside",
}  # fmt: skip
_ADJUNCT_END = re.compile(
    r"(?:of|and|or|but|which|who|while|as|when|with|for|by|after|before|since|until|during|"
    r"within|overnight|last|this|next|yesterday|today|earlier|later|"
    rf"{'|'.join(sorted(_PLACE_PREPOSITIONS))})$"
)
_TIME_WORD = re.compile(
    r"(?:the\s+|a\s+)?(?:early|late|\d{4}|\d+(?:st|nd|rd|th)?|morning|afternoon|evening|night|"
    r"week|weekend|spring|summer|autumn|fall|winter|hours?|days?|weeks?|months?|years?|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|"
    r"august|september|october|november|december)\b",
    re.IGNORECASE,
)


def _event_label(clause: str, verb_end: int) -> str:
    """An event clause with no object as a label: through its verb, its adverbs and one
    place phrase, without time adjuncts ("thieves broke into their hut on Orchard Lane in
    the early hours" is "thieves broke into their hut")."""
    head, rest = clause[:verb_end], clause[verb_end:].split()
    kept: list[str] = []
    while rest and rest[0].endswith("ly") and rest[0].isalpha():
        kept.append(rest.pop(0))
    if (
        rest
        and rest[0].lower() in _PLACE_PREPOSITIONS
        and not _TIME_WORD.match(" ".join(rest[1:3]))
    ):
        kept.append(rest.pop(0))
        for word in rest:
            bare = word.rstrip(",;:")
            if _ADJUNCT_END.fullmatch(bare.lower()):
                break
            kept.append(bare)
            if bare != word:
                break
    return _clause_label(" ".join([head, *kept]), 12)


# "the thefts had left several small firms unable to trade": the subject is the cause.
_LEFT_UNABLE = re.compile(
    r"\b(?:(?:has|have|had)\s+)?left\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+(?:,[^,]{3,80},)?\s+"
    r"(?:too\s+[a-z]+|facing|unable|without|struggling|homeless|facing|out of (?:work|pocket|business)|behind|"
    rf"short|exposed|vulnerable|stranded|in debt|worse off|{_IN_STATE}|{_WITH_NOTHING}|"
    r"un[a-z]{4,}(?:able|ible|ed)|[a-z]+less|damaged|destroyed|flooded|injured|dead)\b"
)
# Events that a following "after" clause or "over" phrase gives a reason for.
_OUTCOMES = (
    r"suspended|halted|grounded|closed|shut|cancell?ed|closing|shutting|postponed|evacuated|abandoned|"
    r"scrapped|withdrawn|recalled|delayed|banned|resigned|sacked|fired|paused|stopped|stop|"
    r"called off|stood down|stepped down|jailed|fined|arrested|charged|dismissed|"
    r"suspend|halt|ground|close|cancel|postpone|scrap|recall|ban|resign|quit|"
    r"strike|strikes|striking|walkout|walked out|protest|protests|protested|row|rows|dispute|"
    r"sued|suing|sue|clashed|split|"
    r"left (?:without|with no|stranded|homeless|unable)|stranded|injured|killed|died|flooded|"
    r"taken to hospital|hospitali[sz]ed|treated in hospital|airlifted|rescued|hurt|"
    r"damaged|destroyed|ruined|wrecked|trapped|treated for|developed|suffered|"
    r"lost|happened|occurred|started|began|triggered|caused|sparked|broke out|"
    r"collapsed|fell ill|fallen ill|fell|fallen|rose|risen|delays|disruption|restrictions?|"
    r"closures?|cancellations|evacuations?|shortages?|"
    # nouns and verbs of change: "the closures were the only option after sales slowed"
    r"slowed|slumped|dropped|declined|surged|soared|plunged|rise|fall|drop|decline|increase|"
    r"cuts|layoffs|job losses|"
    # actions of people and organisations: "chip shops have raised prices after X"
    r"raised|cut|increased|reduced|hiked|slashed|axed|put up|introduced|announced|launched|"
    # people told or made to act, and injuries: "told to leave their homes after X",
    # "broke her collarbone after X"
    r"told|ordered|urged|advised|warned|forced|barred|missed|broke|fractured|suffered|"
    r"sustained|capped|limited|restricted|"
    # a headline's present: "Theatre cancels pantomime over rising costs"
    r"cancels|closes|scraps|axes|shuts|halts|suspends|bans|recalls|postpones|delays|quits|"
    r"resigns|strikes|sues|walks? out|pulls|drops|loses|ends|stops|cuts|raises|hikes|"
    r"ran out|run out|runs out|out of action|out of service|out of use|out of commission"
)
# "has been suspended after two of the aircraft crashed": an event, then a finite clause.
# (Found from "after"/"over" back to the event word: scanning every position for an event
# word costs more than the rest of the cause rules.)
_FINDING = {"found", "revealed", "showed", "uncovered", "detected", "discovered", "identified"}
_AFTER_EVENT = re.compile(r"\b(?:after|following|when)\s+")
_NEW_SUBORDINATE = re.compile(r"\s+(?:as|because|while|when|although|though|so that)\s+")
_AFTER_SAYING = re.compile(
    r"(?:admitt|plead|say|tell|announc|confirm|claim|insist|deny|deni|warn|agree|promis|"
    r"apologis|ask|vot)ing\b"
)
_EVENT_BEFORE_AFTER = re.compile(
    rf"\b(?:{_OUTCOMES})\b(?:,?\s+[\"“”]?[\w’'%£$€-]+(?:[.,]\d+)?[\"“”]?){{0,8}}?\s+"
    r"(?:shortly\s+|days\s+|hours\s+|weeks\s+)?$"
)
# "after" + a noun phrase that names a time, not an event: "after two years", "after the
# match", "after dark".
# "after months of struggling", "after years of underinvestment": the span names its content.
_SPAN_OF = re.compile(
    r"(?:several\s+|many\s+|\d+\s+|two\s+|three\s+|four\s+|five\s+)?(?:days|weeks|months|"
    r"years|decades)\s+of\s+(?=[a-z])",
    re.IGNORECASE,
)
_AFTER_TIME = re.compile(
    r"(?:(?:a|an|the|its|their|his|her|this|that|last|next)\s+)?(?:first|second|third|last|"
    r"final|next|\d[\w,.]*|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many|"
    r"years?|months?|weeks?|days?|hours?|minutes?|decades?|midnight|noon|dark|school|lunch|"
    r"work|that|this|which|it|them|him|her|being|all|half|meeting|match|game|election|"
    r"season|break|holidays?|christmas|easter|summer|winter|spring|autumn|interval|half-time|"
    r"show|performance|service|ceremony|[A-Z]\w+day)\b",
    re.IGNORECASE,
)
_EVENT_AFTER_COMMA = re.compile(rf"[^,.;]{{2,80}},\s+[^.;]*?\b(?:{_OUTCOMES})\b")
_EVENT_BEFORE_OVER = re.compile(rf"\b(?:{_OUTCOMES})\b(?:\s+[\w’'-]+){{0,5}}?\s+$")
_FINITE = re.compile(
    r"(?:[\w’'-]+\s+){0,9}?(?P<verb>(?:had\s+)?(?:[a-z]+ed|fell|broke|hit|went|came|ran|rose|"
    r"sank|took|found|froze|burst|tore|caught|spread|lost|began|died|failed|left|blew|gave|"
    r"threw|shook|flung|swung|spun|slid|dropped|"
    r"cut|put|hit|quit|spent|bought|sold|grew|shrank|"
    r"brought|struck|swept|spilt|sent|drove|led|made|tore))\b"
)
# A headline's present tense: "as postmaster retires" (a headline's "-ed" is a passive:
# "as parents urged to ...").
_HEADLINE_FINITE = re.compile(r"(?:[\w’'-]+\s+){0,4}?(?P<verb>[a-z]{2,}(?<![su])s|hit|cut)\b")
_HEADLINE_VERB_AFTER = re.compile(
    r"\s+(?P<verb>"
    + word_alternation(
        sorted(
            {
                *_BASE,
                *"slip mount fall rise soar bite grow walk loom fail struggle quit drift leave "
                "vanish disappear flee dwindle "
                "continue stall climb drop surge plunge tumble dwindle vanish".split(),
            }
        )
    )
    + r")\b"
)
_NO_OBJECT_AFTER = re.compile(
    r"\s*(?:$|[.,;:!?)]|(?:in|on|at|within|near|into|off|during|over|after|before|last|this|"
    r"overnight|while|when|and|for|from|with|under|through|across|outside|inside|beneath|below|"
    r"underneath|above|along|beside|behind|around|between)\b|\w+ly\b)",
    re.IGNORECASE,
)
# "halted last year over software faults": what an action was taken over.
_OVER = re.compile(
    r"\bover\s+(?!(?:the\s+)?(?:past|last|next|"
    r"coming|previous|recent|weekend|summer|winter|spring|autumn|years?|months?|weeks?|days?|"
    r"several|many|two|three|four|five|six|\d)\b|\d|(?:the\s+)?(?:valley|town|city|area|region|"
    r"country|county|sea|hills?|border|bridge|road|river|roads|coast|weekend|holidays?)\b)"
)
# "pointed to staff shortages as the main reason", "cited X as a factor".
# "pointed instead to X" (after a denial) puts X as the cause without "as the reason".
_POINTED = re.compile(
    r"\b(?:(?P<instead>instead\s+)?point(?:s|ed|ing)?\s+(?(instead)|(?:instead\s+)?)to|"
    r"cit(?:es|ed|ing|e))\s+"
)
# What "point to" points at when it is evidence, not a cause ("pointed to figures showing").
_EVIDENCE_NOUN = re.compile(
    r"(?:(?:the|a|an|new|recent|its|their|his|her|official|latest)\s+)*(?:figures|data|"
    r"statistics|research|evidence|stud(?:y|ies)|reports?|surveys?|numbers|maps?|charts?|"
    r"examples?|lists?|websites?|pages?|signs?|photos?|pictures?|records?|documents?|"
    r"letters?|emails?|the\s+door|the\s+sky)\b",
    re.IGNORECASE,
)
# A document that points (to a place, a page, a finding), not a person blaming.
_DOCUMENT_BEFORE = re.compile(
    r"\b(?:report|study|survey|figures|data|map|sign|signs|arrow|evidence|research|review|"
    r"inquiry|findings|document|letter)\b[^,.;]*$",
    re.IGNORECASE,
)
_POINTED_END = re.compile(r"\s*(?:[.;:!?\"”]|,|$)")
_SINGLED_OUT = re.compile(
    r"\s+(?:(?:was|were|is|are|been|being|have been|has been)\s+)?(?:singled out|named|identified|"
    r"highlighted|cited|blamed)(?=\s*as\s+(?:the|a|an|one|two)\s+(?:[\w-]+\s+){0,2}?(?:reason|cause|"
    r"factor|culprit|driver)s?\b)"
)
_AS_REASON = re.compile(
    r"\s*as\s+(?:the|a|an|one|(?=[\w-]+s\b|(?:[\w-]+\s+){1,2}[\w-]+s\b))\s*"
    r"(?:[\w-]+\s+){0,2}?(?:reason|cause|explanation|culprit|factor|trigger|driver|source|"
    r"contributor|culprit)s?\b"
)  # "cited X as the main reason", "cited X as reasons for selling up"
# "the reason was X", "the main cause of the fire was X".
_REASON_WAS = re.compile(
    # "What caused this, more than anything, was X" (a pseudo-cleft)
    r"\bwhat\s+(?:really\s+|actually\s+|finally\s+|first\s+)?(?:has\s+|had\s+|have\s+)?"
    r"(?:caused|causes|drove|drives|triggered|sparked|led to|leads to|killed|kills|pushed|"
    r"forced|started|fuelled|fueled|prompted|brought down|closed|emptied|sank)\s+"
    r"[^,.;]{1,50}?(?:,[^,.;]{1,50},)?\s+(?:was|is|were|are)\s+(?!(?:not\s+)?(?:yet|known|"
    r"clear|unclear|still|being|under)\b)(?:not\s+)?|"
    r"\b(?:the|a|one|its|their)\s+(?:[\w-]+\s+){0,2}?(?:reason|cause|explanation|source|origin|"
    r"trigger|culprit|factor|driver)s?\b"
    r"(?:\s+(?:for|of|behind)\s+(?:(?!\b(?:that|which|who)\b)[^,.;:\"“”]){1,60}?)?"
    # "The explanation most often offered, by retailers and farmers alike, is ..."
    r"(?:\s+(?:\w+\s+){0,2}?(?:offered|given|cited|put forward|suggested|advanced)"
    r"(?:,?\s+by\s+[^,.;]{1,50})?,?)?"
    # "the bigger factor this year was X"
    r"(?:\s+(?:this|last|that)\s+(?:year|week|month|season|time|winter|summer|spring|autumn))?"
    r"\s+(?:was|is|were|are|had been|has been|have been)\s+"
    r"(?!(?:not\s+(?:yet|known|clear|immediately)|unclear|unknown|still|yet|being|under|"
    r"thought|believed|likely|probably)\b)(?:that\s+)?"
)


_DURATION = re.compile(
    r"(?:(?:almost|nearly|about|around|more than|over|just|some|only)\s+)?(?:\d[\d,]*|an?|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|several|many|few)\s+(?:\w+\s+)?(?:years?|months?|"
    r"weeks?|days?|hours?|minutes?|decades?|centuries|seasons?)\b",
    re.IGNORECASE,
)


def _more_shapes(
    text: str, sentence: Span, scan: str, claims: list[CauseClaim], headline: bool = False
) -> list[CauseClaim]:
    """Cause shapes read from a clause's structure rather than a cue before a noun phrase:
    "X had left Y unable to ...", "suspended after X crashed", "halted over X", "pointed
    to X as the reason", "the reason was X".  A headline's "after" gives a reason whatever
    it follows ("Residents told to boil water after main break")."""
    chunk = scan[sentence.start : sentence.end]
    patterns = {
        "left": _LEFT_UNABLE if "left " in chunk else None,
        "after": _AFTER_EVENT
        if "after " in chunk or "following " in chunk or "when " in chunk
        else None,
        "over": _OVER if "over " in chunk else None,
        "point": _POINTED if "point" in chunk or "cit" in chunk else None,
        "reason": _REASON_WAS
        if any(
            word in chunk
            for word in (
                "reason",
                "cause",
                "explan",
                "source",
                "origin",
                "trigger",
                "culprit",
                "factor",
                "driver",
                "what ",
            )
        )
        else None,
    }
    if not any(patterns.values()):
        return []
    found: list[CauseClaim] = []

    def matches(key: str) -> list[re.Match[str]]:
        pattern = patterns[key]
        if pattern is None:
            return []
        found_here = list(pattern.finditer(scan, sentence.start, sentence.end))
        event = {"after": _EVENT_BEFORE_AFTER, "over": _EVENT_BEFORE_OVER}.get(key)
        if headline and key == "after":  # not a time: "after 112 years", "after Christmas"
            return [m for m in found_here if not _DURATION.match(scan, m.end())]
        if event is None:
            return found_here
        return [
            m
            for m in found_here
            if event.search(scan, max(sentence.start, m.start() - 70), m.start())
            or (  # "Following the storm, thousands were left without power"
                key == "after"
                and not scan[sentence.start : m.start()].strip(" \"“‘'")
                and _EVENT_AFTER_COMMA.match(scan, m.end(), sentence.end) is not None
            )
        ]

    def taken(position: int) -> bool:
        return any(c.start <= position < c.end for c in (*claims, *found))

    for match in matches("left"):
        start, end = _subject_phrase(text, sentence.start, match.start())
        if taken(start) or not _plausible_subject(text[start:end], 10):
            continue
        negated = _negated(text, sentence, match.start(), "left")
        close = _clause_end(text, match.end(), sentence.end)
        claim = _claim(text, start, end, start, negated, "left")
        if claim is not None:
            claim.end, claim.text = close, text[start:close]
            found.append(claim)
    for match in matches("after"):
        close = _clause_end(text, match.end(), sentence.end)
        close = min(close, _comma_end(text, match.end(), close))
        if taken(match.end()):
            continue
        after = match.start()
        when = scan.startswith("when", after)  # "when" gives a reason with a finite clause only
        subordinate = _NEW_SUBORDINATE.search(text, match.end(), close)
        close = subordinate.start() if subordinate else close  # "after sales slowed as ..."
        if _AFTER_SAYING.match(scan, match.end(), close):
            continue  # "jailed after admitting ...": a step in proceedings, not a cause
        if when and (
            _FINITE.match(scan, match.end(), close) is None
            or _NEGATION.search(text, _scope_start(text, sentence, after), after)
        ):
            continue  # "No one was hurt when the cliff gave way": nothing to explain
        if re.match(r"[a-z]+ing\b", scan[match.end() : match.end() + 20]):
            # "banned for three years after testing positive for nandrolone"
            made = _claim(
                text, match.end(), close, after, _negated(text, sentence, after, "after"), "after"
            )
            if made is not None:
                made.cause = _clause_label(text[match.end() : close])
                found.append(made)
            continue
        finite = _FINITE.match(scan, match.end(), close)
        if finite is not None and scan[match.end() : finite.start("verb")].strip() in _DETERMINERS:
            finite = None  # "after a failed harvest": a participle as an adjective
        if finite is None:
            # "faced delays of up to two hours after a signal failure near Carlow"
            span_of = _SPAN_OF.match(text, match.end(), close)
            if span_of is not None:  # "after months of struggling to staff": the struggle
                negated = _negated(text, sentence, after, "after")
                if re.match(r"[a-z]+ing\b", text[span_of.end() : close]):
                    made = _claim(text, span_of.end(), close, after, negated, "after")
                    if made is not None:
                        made.cause = _clause_label(text[span_of.end() : close], 8)
                        found.append(made)
                else:
                    phrases = _cause_phrases(text, span_of.end(), close)
                    found.extend(_phrase_claims(text, phrases, after, negated, "after"))
                continue
            if _AFTER_TIME.match(text, match.end(), close):
                continue
            negated = _negated(text, sentence, after, "after")
            phrases = _cause_phrases(text, match.end(), close)
            found.extend(_phrase_claims(text, phrases, after, negated, "after"))
            continue
        negated = _negated(text, sentence, after, "after")
        # The cause is the clause's subject when its verb has an object ("after Storm Edda
        # brought gusts" is Storm Edda), else the whole clause ("after thieves broke into
        # their hut", "after two boats collided").
        subject_end = finite.start("verb")
        if _NO_OBJECT_AFTER.match(text, finite.end("verb"), close):
            claim = _claim(text, match.end(), close, after, negated, "after")
            if claim is not None:
                claim.cause = _event_label(
                    text[match.end() : close], finite.end("verb") - match.end()
                )
                found.append(claim)
            continue
        verb = finite.group("verb").split()[-1]
        if verb in _FINDING and not re.search(r"\b(?:was|were)\s*$", scan[: finite.start("verb")]):
            # "after an inspection found severe corrosion in the beams": what was found;
            # "after engineers found that corrosion had eaten through ...": the finding
            that = re.match(r"\s+that\s+", text[finite.end("verb") : close])
            if that:
                clause_start = finite.end("verb") + that.end()
                claim = _claim(text, clause_start, close, after, negated, "after")
                if claim is not None:
                    claim.cause = _clause_label(text[clause_start:close], 8)
                    claim.end, claim.text = close, text[after:close]
                    found.append(claim)
                continue
            phrases = _cause_phrases(text, finite.end("verb"), close)
            claim = _claim(text, *phrases[0], after, negated, "after") if phrases else None
            if claim is not None:
                claim.end, claim.text = close, text[after:close]
                found.append(claim)
            continue
        if re.match(r"\s+(?:ill|sick|unwell|dry|empty)\b", text[finite.end("verb") : close]):
            subject_end = close  # "after two jurors fell ill"
        if not _plausible_subject(text[match.end() : finite.start("verb")]):
            subject_end = close
        claim = _claim(text, match.end(), subject_end, after, negated, "after")
        if claim is not None:
            claim.end, claim.text = close, text[after:close]
            found.append(claim)
    for match in matches("over"):
        if taken(match.end()):
            continue
        over = match.start()
        negated = _negated(text, sentence, over, "over")
        phrases = _cause_phrases(text, match.end(), sentence.end)
        found.extend(_phrase_claims(text, phrases, over, negated, "over"))
    for match in matches("point"):
        phrases = _cause_phrases(text, match.end(), sentence.end)
        instead = "instead" in match.group()
        bare_point = (  # "Traders also point to the loss of the town's biggest draw."
            bool(phrases)
            and "point" in text[match.start() : match.end()]  # not "Ridley Point to ..."
            and not _EVIDENCE_NOUN.match(text, phrases[0][0])
            and _POINTED_END.match(text, phrases[-1][1]) is not None
            and not _DOCUMENT_BEFORE.search(text, sentence.start, match.start())
        )
        if (
            not phrases
            or not (instead or bare_point or _AS_REASON.match(text, phrases[-1][1]))
            or taken(match.end())
        ):
            continue
        # "was not to blame and instead pointed to X": the "not" is the denied cause's
        negated = not instead and _negated(text, sentence, match.start(), match.group())
        found.extend(_phrase_claims(text, phrases, match.start(), negated, "as the reason"))
    for match in matches("reason"):
        if taken(match.end()):
            continue
        negated = _negated(text, sentence, match.end() - 1, match.group())
        if re.search(r"\bnot\s+$", scan[match.end() - 5 : match.end()]):
            negated = True
        if scan.endswith("that ", 0, match.end()):
            phrases = [trim(text, match.end(), _clause_end(text, match.end(), sentence.end))]
        else:
            phrases = _cause_phrases(text, match.end(), sentence.end)
        found.extend(_phrase_claims(text, phrases, match.start(), negated, "reason"))
    return found


def _comma_end(text: str, start: int, limit: int) -> int:
    comma = text.find(",", start, limit)
    return comma if comma >= 0 else limit


# "..., not hardware problems": a cause denied beside the one put.
_NOT_INSTEAD = re.compile(
    r"(?:[\w’'-]*(?:\s+(?!(?:that|which|who|was|were|is|are|be|had|has|have|did|does|do|could|"
    r"would|will|may|might|can|should)\b)[\w’'-]+){0,3}?)?"
    r",?\s+(?:and\s+)?(?P<not>not|rather than|instead of)\s+(?!only\b|just\b|least\b|yet\b)"
    r"(?:(?:because of|due to|of|by|over|from|the result of|any)\s+)?(?=[\w’'-])"
)


def _not_instead(text: str, sentence: Span, claims: list[CauseClaim]) -> list[CauseClaim]:
    """A denied alternative right after a cause: "over software faults, not hardware"."""
    found: list[CauseClaim] = []
    for claim in claims:
        if claim.negated:
            continue
        match = _NOT_INSTEAD.match(text, claim.end, sentence.end)
        if match is None or any(c.start <= match.end() < c.end for c in claims):
            continue
        phrases = _cause_phrases(text, match.end(), sentence.end)
        found.extend(_phrase_claims(text, phrases, match.start("not"), True, "not"))
    return found


# "It is not bad luck. It is years of cutting corners": claims of the form "it is X",
# read as causes when one denies and one asserts, and the paragraph is about a reason.
_IT_IS = re.compile(
    r"[\"“‘']?(?:it|this|that)\s*(?:is|was|’s|'s)(?:(?P<neg>n[’']t\s+|\s+not\s+)|\s+)(?!(?:a|an|the)\s+"
    r"(?:fact|case|time|first|same)\b)",
    re.IGNORECASE,
)
_IT_IS_ANYWHERE = re.compile(
    r"(?:^|[.!?][\"”’']?\s+|[\"“‘])[\"“‘']?(?:It|This|That)(?:\s+(?:is|was)|’s|'s)(?:n[’']t)?\s",
    re.MULTILINE,
)
_IT_IS_CONTRAST = re.compile(
    r",\s+(?:(?:and\s+)?not|it(?:’s|'s| is| was) not)\s+|\s+but\s+|"
    # after a denial, the correction: "It wasn't X that did it, it was Y"
    r",\s+(?P<plain>it(?:’s|'s|\s+is|\s+was))\s+"
)
_EXPLAINING = re.compile(
    r"\b(?:reasons?|cause[ds]?|blamed?|fault|because|due to|luck|accident|explanation|"
    r"excuses?|result of|responsible|why)\b|"
    # a cleft names a cause itself: "It wasn't the weather that cancelled these operations"
    r"\b(?:it|this)\s*(?:is|was|’s|'s)(?:n[’']t|\s+not)?\s+[^,.;]{1,60}?\s+that\s+[a-z]+ed\b",
    re.IGNORECASE,
)


def _it_is_claims(text: str, paragraph: Span) -> list[CauseClaim]:
    """Contrasting "it is (not) X" claims in one paragraph about a reason."""
    if not _IT_IS_ANYWHERE.search(text, paragraph.start, paragraph.end) or not _EXPLAINING.search(
        text, paragraph.start, paragraph.end
    ):
        return []
    found: list[CauseClaim] = []
    runs: list[tuple[bool, int, int, int]] = []  # (negated, claim start, np start, np end)
    for sentence in sentences(text, paragraph.start, paragraph.end):
        match = _IT_IS.match(text, sentence.start, sentence.end)
        if match is None:
            runs.append((False, -1, -1, -1))
            continue
        close = _clause_end(text, match.end(), sentence.end)
        contrast = _IT_IS_CONTRAST.search(text, match.end(), close)
        if contrast and contrast.group("plain") and not match.group("neg"):
            contrast = None  # "It was X, it was Y": no contrast
        first_end = contrast.start() if contrast else close
        that = re.search(r"\s+that\s", text[match.end() : first_end])
        if that:  # a cleft: "It wasn't the weather that cancelled these operations"
            first_end = match.end() + that.start()
        claim_start = match.start() + (1 if text[match.start()] in "\"“‘'" else 0)
        first = (bool(match.group("neg")), claim_start, match.end(), first_end)
        if contrast:
            second_end = _clause_end(text, contrast.end(), sentence.end)
            second_end = min(second_end, _comma_end(text, contrast.end(), second_end))
            second = (not first[0], contrast.start(), contrast.end(), second_end)
            for negated, start, np_start, np_end in (first, second):
                claim = _claim(text, np_start, np_end, start, negated, "it is")
                if claim is not None:
                    found.append(claim)
            runs.append((False, -1, -1, -1))
            continue
        runs.append(first)
    for left, right in pairwise(runs):
        if left[1] < 0 or right[1] < 0 or left[0] == right[0]:
            continue
        for negated, start, np_start, np_end in (left, right):
            if any(c.start == start for c in found):
                continue
            claim = _claim(text, np_start, np_end, start, negated, "it is")
            if claim is not None:
                found.append(claim)
    return found


# "cuts to subsidies, not fuel prices, were the real reason": the subject is the cause put,
# an alternative set beside it ("not Y", "rather than Y") is denied.
_IS_REASON = re.compile(
    r"\b(?:was|were|is|are|(?:had|has|have)\s+(?:long\s+|always\s+|also\s+|often\s+)?been)\s+"
    r"(?P<neg>not\s+|unlikely to be\s+)?"
    r"(?:likely to be\s+)?(?:(?:also|partly|largely|among|"
    r"mainly|probably|only|just|the|a|an|one of the|most|more|less)\s+)*(?:(?:[\w-]+\s+){0,2}?"
    r"(?:reasons?|causes?|explanation|driver|trigger|culprit)\b|"
    # "the most likely source of the outbreak" (not "the town's only source of water")
    r"(?:[\w-]+\s+){0,2}?source\s+of\s+(?:the\s+|this\s+|that\s+)?(?:[\w-]+\s+)?"
    r"(?:outbreak|contamination|infection|leak|spill|smell|odou?r|pollution|fire|blaze|"
    r"problem|illness|poisoning|damage|flooding|bacteria|virus|toxins?|nitrates?|cases)\b|"
    r"what\s+(?:really\s+|finally\s+)?did\s+(?:it|this|that|the damage)\b|"
    r"what\s+(?:got|put|sent|took|brought)\s+(?:it|them|him|her|us|the)\b|"
    r"what(?:[’']s|\s+is|\s+was)\s+(?:really\s+|actually\s+)?(?:killing|causing|driving|"
    r"pushing|fuell?ing|hurting|behind)\b|"
    r"what\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:really\s+)?(?:[a-z]{3,}ied|[a-z]{3,}ed|caused|brought|led|driven|drove|pushed|forced|made|killed|sparked|"
    r"triggered|hurt|damaged|fuelled|drives?|causes?|kills?|fuels?|push(?:es)?|keeps?|makes?|"
    r"hurts?)\b)",
    re.IGNORECASE,
)
_ALTERNATIVE_BEFORE = re.compile(
    r"(?:,\s+(?:and\s+)?(?:not|rather than|instead of)\s+(?P<a>[^,]{1,60}),|"
    r"\s+(?:rather than|instead of)\s+(?P<b>[^,]{1,60}?))\s*$",
    re.IGNORECASE,
)


def _subject_is_reason(text: str, sentence: Span, claims: list[CauseClaim]) -> list[CauseClaim]:
    found: list[CauseClaim] = []
    for match in _IS_REASON.finditer(text, sentence.start, sentence.end):
        before = text[sentence.start : match.start()]
        alternative = _ALTERNATIVE_BEFORE.search(before)
        subject_end = match.start() if alternative is None else sentence.start + alternative.start()
        start, end = _subject_phrase(text, sentence.start, subject_end)
        if start >= end:  # "X made up 1% of cases and was not the reason"
            start, end = _coordinated_subject(text, sentence.start, subject_end)
        subject = text[start:end]
        if (
            not _plausible_subject(subject)
            or re.search(r"\b(?:reasons?|causes?|explanation)$", subject, re.IGNORECASE)
            or any(c.start <= start < c.end for c in (*claims, *found))
        ):
            continue
        negated = bool(match.group("neg")) or _negated(text, sentence, start, "")
        for part_start, part_end in _split_parts(text, start, end):
            made = _claim(text, part_start, part_end, part_start, negated, "reason")
            if made is not None:
                made.end, made.text = match.end(), text[part_start : match.end()]
                found.append(made)
        if alternative is not None and found:
            found.extend(_alternatives(text, sentence, alternative, True, sentence.start))
    return found


def _alternatives(
    text: str, sentence: Span, alternative: re.Match[str], negated: bool, offset: int = 0
) -> list[CauseClaim]:
    """The alternative set beside a subject ("X, not Y," / "X rather than Y"), denied."""
    found: list[CauseClaim] = []
    group = "a" if alternative.group("a") else "b"
    alt_start = offset + alternative.start(group)
    alt_end = offset + alternative.end(group)
    not_at = text.rfind(" ", sentence.start, alt_start - 1)
    not_at = text.rfind(" ", sentence.start, not_at) if group == "b" else not_at
    for part_start, part_end in _split_parts(text, *trim(text, alt_start, alt_end)):
        made = _claim(text, part_start, part_end, not_at + 1, negated, "not")
        if made is not None:
            found.append(made)
    return found


# "X linked to Y": Y is the cause ("deaths linked to the heatwave") unless Y names an
# effect and X does not ("neonicotinoids linked to weaker colonies").
_EFFECT_WORDS = re.compile(
    r"^(?:(?:a|an|the)\s+)?(?:[a-z]+er|more|fewer|less|higher|lower|increased|reduced|"
    r"rising|falling|poorer|worse)\b|\b(?:deaths?|illness(?:es)?|diseases?|declines?|loss(?:es)?|"
    r"falls?|rises?|drops?|increases?|injur(?:y|ies)|cancers?|problems?|damage|harm|outbreaks?|"
    r"obesity|shortages?|delays?|failures?)\b",
    re.IGNORECASE,
)


def _linked_subject(
    text: str, sentence: Span, cue_start: int, cue_end: int
) -> tuple[int, int, int] | None:
    """The subject of "X linked to Y" as the cause (start, end, end of Y) when Y names an
    effect and X does not; None when Y is the cause."""
    phrases = _cause_phrases(text, cue_end, sentence.end)
    if not phrases:
        return None
    effect = text[phrases[0][0] : phrases[0][1]]
    if not _EFFECT_WORDS.search(effect):
        return None
    before = text[sentence.start : cue_start]
    # "The closure of village surgeries has been linked to ...": the verb's own subject
    verb = re.search(
        r"\s+(?:(?:has|have|had)\s+(?:also\s+)?been|(?:is|are|was|were)(?:\s+also)?|"
        r"(?:could|may|might|can)\s+be)\s+(?:\w+ly\s+)?$",
        before,
    )
    if verb is not None:
        start, end = _subject_phrase(text, sentence.start, sentence.start + verb.start())
        longest = 8
    else:
        words = re.search(r"(?:[\w’'-]+\s+){1,4}$", before)
        if words is None:
            return None
        start = sentence.start + words.start()
        longest = 4
    lead = re.match(r"(?:with|and|of|as|that|but|while)\s+", text[start:cue_start])
    if lead:
        start += lead.end()
    start, end = trim(text, start, end if verb is not None else cue_start)
    subject = text[start:end]
    if (
        not _plausible_subject(subject, longest)
        or _EFFECT_WORDS.search(subject)
        or re.search(r"\b(?:is|are|was|were|be|been|being|has|have|had)$", subject)
    ):
        return None
    return start, end, phrases[-1][1]


# A consequence joined to the clause that causes it: "nine routes have no driver, so
# mechanics have been driving", "the jail is short of officers, which means ...", "the
# system has been down, meaning pupils bring cash".  The cause is the clause before.
_CONSEQUENCE = re.compile(
    r",\s+(?P<cue>so(?!\s+(?:far|much|many|too|that|long|called|on|as|what|it\s+seems)\b)|"
    r"which\s+(?:means|meant|has meant|had meant|will mean|would mean)|meaning|"
    # "Nobody acted, and that's why we're here", "..., which is why ..."
    r"(?:and\s+)?(?:that[’']s|that\s+is|that\s+was|which\s+is|which\s+was)\s+why|"
    # "..., and as a consequence we cannot ...", "..., and that put pressure on ..."
    r"(?:and\s+)?as\s+a\s+(?:direct\s+)?(?:consequence|result)|"
    r"and\s+(?:that|this)\s+(?:has\s+|had\s+)?(?:put|meant|caused|forced|left|made|pushed|"
    r"drove|led\s+to|triggered|adds|added)|"
    # a participle of result: "the embankment collapsed, sending water across fields"
    r"(?:leaving|sending|forcing|prompting|causing|triggering|sparking|putting|killing|"
    r"injuring|pushing|knocking|cutting\s+off|halting|disrupting|stranding|flooding|soaking|"
    r"damaging|destroying|wrecking|blocking|delaying))"
    r"\s+(?=[a-z])",
    re.IGNORECASE,
)
_FUTURE_OR_PLAN = re.compile(
    r"\b(?:will|would|is to|are to|plans? to|planned to|intends? to|is set to|are set to)\b",
    re.IGNORECASE,
)
_CLAUSE_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|takes|took|can|could|will|would|[a-z]{3,}ed|lost|left|"
    r"made|fell|rose|went|came|cut|hit|put|kept|found|gave|got|ran|sold|spent|won|broke|grew)\b|"
    r"n[’']t\b",
    re.IGNORECASE,
)


def _consequence_clauses(
    text: str, sentence: Span, scan: str, claims: list[CauseClaim]
) -> list[CauseClaim]:
    found: list[CauseClaim] = []
    if "," not in scan[sentence.start : sentence.end]:
        return found
    for match in _CONSEQUENCE.finditer(scan, sentence.start, sentence.end):
        before = text[sentence.start : match.start()]
        opener = max((m.end() for m in _CLAUSE_OPENER.finditer(before)), default=0)
        start, end = trim(text, sentence.start + opener, match.start(), ' ,;:—–-"“”‘’')
        clause = text[start:end]
        if (
            not 2 <= len(clause.split()) <= 16
            or "," in clause
            or not _CLAUSE_VERB.search(clause)
            or any(c.start <= start < c.end or start <= c.start < end for c in claims)
        ):
            continue
        if match.group("cue").lower().endswith("ing") and (
            len(clause.split()) > 12
            or _FUTURE_OR_PLAN.search(clause)
            or _agent(clause[: _CLAUSE_VERB.search(clause).start()])
        ):
            continue  # "Bakery chain X is to close 40 stores, putting ...": a plan, an actor
        having = _having_object(text, start, end)
        if having > start:  # "we had a mild autumn, so ...": the autumn
            label = cause_label(text[having:end])
        else:
            label = _clause_label(re.sub(r"^(?:[Tt]he\s+)?[\w’']+(?:’s|'s)\s+", "", clause), 7)
        if label and label not in _PLACEHOLDERS:
            found.append(
                CauseClaim(None, label, False, text[start : match.end("cue")], start,
                           match.end("cue"), match.group("cue"))
            )  # fmt: skip
    return found


# "Behind the rise is a sharp increase in ...": the cause put after an inverted copula, at
# the start of a sentence (not "the man behind the scheme is ...").
_BEHIND_IS = re.compile(
    r"[\"“‘']?behind\s+(?:the|this|that|these|those|its|their|much of|most of|all of|some of)"
    r"\s+[^,.;:]{1,60}?\s+(?:is|are|was|were|lies|lie|lay)\s+"
    r"(?:(?:partly|largely|mainly|also|simply|mostly|probably)\s+)?",
    re.IGNORECASE,
)


def _inverted_behind(text: str, sentence: Span) -> list[CauseClaim]:
    """'Behind X is Y' at the start of a sentence: Y is the cause put."""
    match = _BEHIND_IS.match(text, sentence.start, sentence.end)
    if match is None:
        return []
    negated = _negated(text, sentence, match.end(), "behind")
    phrases = _cause_phrases(text, match.end(), sentence.end)
    return _phrase_claims(text, phrases, match.start(), negated, "behind")


# "The weather did.": an elliptical answer naming the cause the sentence before asked about
# or denied ("Those homes are not what emptied this lake. The weather did.").
_ELLIPTICAL = re.compile(
    r"[\"“]?(?P<cause>[A-Z][\w’' -]{1,50}?)\s+(?:did|does|do)(?=[,.!\"”])"
    r"(?P<rest>[^.!?]{0,80})[.!]?[\"”]?\s*$"
)
_QUESTION_BEFORE = re.compile(r"\b(?:what|why|who)\b[^.!?]*\?[\"”]?\s*$", re.IGNORECASE)


# "What has emptied so many shop windows? Rising business rates, mostly.": a question about
# a cause, answered by a bare noun phrase.
_WHAT_CAUSED_QUESTION = re.compile(
    r"\bwhat\s+(?:has\s+|had\s+|have\s+|is\s+|was\s+)?(?:really\s+)?"
    r"(?!(?:happened|occurred|started|followed|changed|mattered)\b)(?:[a-z]{3,}ed|caused|"
    r"brought|drove|killed|emptied|pushed|made|sparked|triggered|driving|causing|killing|"
    r"behind)\b[^.!?]*\?[\"”]?\s*$",
    re.IGNORECASE,
)
_BARE_ANSWER = re.compile(
    r"[\"“]?(?P<cause>[A-Z][\w’' -]{2,60}?)(?:,\s*(?:mostly|mainly|largely|probably|"
    r"partly|above all|for the most part))?[.!][\"”]?\s*$"
)


def _answer_to_question(text: str, sentence: Span) -> list[CauseClaim]:
    """A bare noun phrase answering "What has emptied ...?" in the sentence before."""
    match = _BARE_ANSWER.match(text, sentence.start, sentence.end)
    if (
        match is None
        or _CLAUSE_VERB.search(match.group("cause"))
        or re.match(
            r"(?:nobody|no one|nothing|it|that|this|we|they|he|she|i|you|everyone)\b",
            match.group("cause"),
            re.IGNORECASE,
        )
        or not _WHAT_CAUSED_QUESTION.search(text, max(0, sentence.start - 200), sentence.start)
    ):
        return []
    found = []
    for part_start, part_end in _split_parts(text, *match.span("cause")):
        claim = _claim(text, part_start, part_end, part_start, False, "answer")
        if claim is not None:
            found.append(claim)
    return found


def _elliptical_answer(text: str, sentence: Span, before: list[CauseClaim]) -> list[CauseClaim]:
    """A cause given as "X did." right after a sentence with a cause claim."""
    match = _ELLIPTICAL.match(text, sentence.start, sentence.end)
    if match is None or len(match.group("rest").split()) > 10:
        return []
    asked = _QUESTION_BEFORE.search(text, max(0, sentence.start - 200), sentence.start)
    if not asked and not any(sentence.start - 300 < c.end <= sentence.start for c in before):
        return []
    found = []
    for part_start, part_end in _split_parts(text, *match.span("cause")):
        claim = _claim(text, part_start, part_end, part_start, False, "did")
        if claim is not None and claim.cause not in _PLACEHOLDERS:
            answer_end = match.start("rest")
            claim.end, claim.text = answer_end, text[part_start:answer_end]
            found.append(claim)
    return found


# A conditional whose main clause foretells a result: "If the spillway fails, we'd have
# water downtown", "more lists could be called off if the hot weather lasted".  Its
# condition is the cause (not "checking if X caused Y", a question; not "even if").
_RESULT_MODAL = re.compile(
    r"\b(?:will|would|could|might|may|can|won[’']t|wouldn[’']t|couldn[’']t|"
    r"(?:is|are)\s+going\s+to)\b|[’']ll\b|[’']d\b",
    re.IGNORECASE,
)
_IF_FIRST = re.compile(
    r"[\"“‘']?(?:(?:but|and|so)\s+)?if\s+(?P<cond>[^,;:?]{3,120}?),\s+(?P<main>[^;?]+)$",
    re.IGNORECASE,
)
_IF_AFTER = re.compile(
    r"(?<!\beven )(?<!\bas )(?<!\bonly )\bif\s+(?P<cond>[^,;:.?]{3,100})", re.IGNORECASE
)
_ASKING_BEFORE = re.compile(
    r"\b(?:ask(?:s|ed|ing)?|check(?:s|ed|ing)?|see|seeing|know|knows|knew|wonder(?:s|ed|ing)?|"
    r"unclear|clear|decide|determine|establish|investigat\w+|examin\w+|test(?:s|ed|ing)?|"
    r"whether|sure|doubt|tell)\s+$",
    re.IGNORECASE,
)
_COND_VERB = re.compile(
    r"^\S+(?:\s+\S+)*?\s+(?:is|are|was|were|has|have|had|do|does|did|keeps?|kept|goes|went|"
    r"gets?|got|[a-z]{2,}s|[a-z]{3,}ed|fell|rose|ran|broke|came|grew|continues?)\b",
    re.IGNORECASE,
)


def _conditionals(text: str, sentence: Span) -> list[CauseClaim]:
    """The condition of a conditional whose main clause foretells a result."""
    first = _IF_FIRST.match(text, sentence.start, sentence.end)
    if first is not None:
        if not _RESULT_MODAL.search(first.group("main")):
            return []
        span = first.span("cond")
        if re.search(r"\bstill\b", first.group("main")):
            return []  # "If every hen had stayed healthy, eggs would still cost more"
    else:
        after = _IF_AFTER.search(text, sentence.start, sentence.end)
        if (
            after is None
            or _ASKING_BEFORE.search(text, sentence.start, after.start())
            or not _RESULT_MODAL.search(text, sentence.start, after.start())
        ):
            return []
        modal = _RESULT_MODAL.search(text, sentence.start, after.start())
        subject_start, subject_end = _subject_phrase(text, sentence.start, modal.start())
        if _agent(text[subject_start:subject_end]):
            return []  # "the union would ballot members if ...": an action threatened
        span = after.span("cond")
    start, end = trim(text, *span)
    condition = text[start:end]
    if len(condition.split()) < 2 or not _COND_VERB.match(condition):
        return []  # "If so, ...", "if necessary"
    if re.search(r"\bhad\s+(?!to\b)\w+", condition):
        return []  # a counterfactual past ("if someone had been with her")
    # "if we keep running this race in October": the running is the cause
    condition = re.sub(_KEEP_DOING, "", condition, count=1)
    if condition.split()[0].lower() in {"it", "this", "that", "they", "he", "she", "we", "you"}:
        return []  # "if it lasts longer": what "it" is was said before
    label = _clause_label(condition, 8)
    if not label or label in _PLACEHOLDERS:
        return []
    whole_start, whole_end = trim(text, sentence.start, sentence.end, ' .!"”“')
    return [
        CauseClaim(None, label, False, text[whole_start:whole_end], whole_start, whole_end, "if")
    ]


_KEEP_DOING = re.compile(
    r"^(?:we|they|you|i|people|he|she)\s+(?:keep|keeps|continue to|continues to|carry on)\s+",
    re.IGNORECASE,
)


# "With the sponsor gone and costs still climbing, the show could not go ahead": a
# sentence opening on "with" + a noun phrase and its predicate gives the main clause's
# reason (not "With 40 years of experience, she ...", which predicates nothing).
_WITH_ABSOLUTE = re.compile(r"[\"“]?With\s+(?P<cause>[^,;:]{4,90}?),\s+[a-z]")
_ABSOLUTE_PREDICATE = re.compile(
    r"^(?:no|so many|so few|too many|too few)\s|\s(?:gone|still|too|now|closed|shut|off|"
    r"away|out|down|up|in\s+(?:town|place|force|short supply)|[a-z]{3,}ing|[a-z]{3,}ed)\b",
    re.IGNORECASE,
)


def _with_absolute(text: str, sentence: Span) -> list[CauseClaim]:
    """The reasons a sentence-opening "With X <predicate>," gives its main clause."""
    match = _WITH_ABSOLUTE.match(text, sentence.start, sentence.end)
    if match is None or not _ABSOLUTE_PREDICATE.search(match.group("cause")):
        return []
    found = []
    offset = match.start("cause")
    for part in re.split(r"\s+and\s+", match.group("cause")):
        start, end = trim(text, offset, offset + len(part))
        offset = text.find(" and ", offset + len(part)) + len(" and ")
        label = _clause_label(text[start:end], 8)
        if label and label not in _PLACEHOLDERS and len(label.split()) > 1:
            found.append(CauseClaim(None, label, False, text[start:end], start, end, "with"))
    return found


# "there was no link between the new charges and the closures": X denied as Y's cause;
# "found a link between X and Y" puts it.
_LINK_BETWEEN = re.compile(
    r"\b(?P<neg>no|not\s+any|little)?\s*(?:(?:direct|clear|proven|causal|obvious|evidence\s+of\s+a)\s+)?"
    r"(?:link|connection)\s+between\s+(?P<cause>[^,.;]{2,60}?)\s+and\s+[^,.;]{2,60}",
    re.IGNORECASE,
)
_LINK_PUT = re.compile(
    r"\b(?:found|find|finds|showed|shows|show|established|suggests?|"
    r"confirmed)\s+(?:a|an|the)\s*$",
    re.IGNORECASE,
)
# "the charge-hit shops", "storm-battered promenade": a compound naming the harm's cause.
_HARM_COMPOUND = re.compile(
    r"\b(?P<cause>(?!(?:data|market|user|demand|community|student|customer|family|purpose|"
    r"results?|technology|consumer|volunteer|player|fan|science|evidence|policy|worst|hardest|"
    r"badly|most|least|best|hard)-)[a-z]{3,})-"
    r"(?:hit|stricken|ravaged|battered|damaged|scoured|lashed|soaked|induced|driven|fuelled|"
    r"fueled|plagued|wrecked|flooded)\s+[a-z]",
    re.IGNORECASE,
)
# "the price rise's effect on footfall", "the cut's knock-on effect": the owner is a cause.
_POSSESSIVE_EFFECT = re.compile(
    r"\b(?:the|this|that)\s+(?P<cause>(?:[\w-]+\s+){0,2}[\w-]+)(?:’s|'s)\s+(?:knock-on\s+|"
    r"direct\s+|wider\s+|full\s+)?(?:effects?|impacts?|toll)\b",
    re.IGNORECASE,
)
# A headline "X behind Y" with no verb: "Viral videos behind record year for rescuers".
_HEADLINE_BEHIND = re.compile(r"(?P<cause>[^,:;]{3,60}?)\s+behind\s+[a-z0-9]", re.IGNORECASE)


def _links_compounds_and_behind(
    text: str, sentence: Span, claims: list[CauseClaim], headline: bool
) -> list[CauseClaim]:
    """Causes named by a link between two things, by a harm compound, or by a headline's
    "X behind Y"."""
    found: list[CauseClaim] = []
    chunk = text[sentence.start : sentence.end].lower()

    def taken(start: int) -> bool:
        return any(c.start <= start < c.end for c in (*claims, *found))

    if "link" in chunk or "connection" in chunk:
        for match in _LINK_BETWEEN.finditer(text, sentence.start, sentence.end):
            put = _LINK_PUT.search(text, sentence.start, match.start())
            if not match.group("neg") and put is None:
                continue  # "a link between X and Y" only when found or shown
            start, end = trim(text, *match.span("cause"))
            if taken(start):
                continue
            negated = bool(match.group("neg")) or _negated(text, sentence, match.start(), "link")
            if match.group("neg"):
                opening = match.start("neg")
            else:  # the span opens on "link" ("found a link between X and Y")
                opening = max(text.rfind("link", match.start(), start), match.start())
            claim = _claim(text, start, end, opening, negated, "link between")
            if claim is not None:
                claim.end, claim.text = match.end(), text[opening : match.end()]
                found.append(claim)
    if "-" in chunk:
        for match in _HARM_COMPOUND.finditer(text, sentence.start, sentence.end):
            start, end = match.span("cause")
            if taken(start):
                continue
            claim = _claim(text, start, end, start, False, "compound")
            if claim is not None:
                claim.end, claim.text = match.end() - 1, text[start : match.end() - 1].rstrip()
                found.append(claim)
    if "effect" in chunk or "impact" in chunk or "toll" in chunk:
        for match in _POSSESSIVE_EFFECT.finditer(text, sentence.start, sentence.end):
            start, end = match.span("cause")
            if not taken(start) and not _agent(match.group("cause")):
                claim = _claim(text, start, end, start, False, "effect")
                if claim is not None:
                    claim.end, claim.text = match.end(), text[start : match.end()]
                    found.append(claim)
    if "singled out" in chunk or " named" in chunk or "identified" in chunk or "cited" in chunk:
        for match in _SINGLED_OUT.finditer(text, sentence.start, sentence.end):
            start, end = _subject_phrase(text, sentence.start, match.start())
            if start >= end or taken(start) or not _plausible_subject(text[start:end]):
                continue  # "X and Y singled out as the main reasons"
            negated = _negated(text, sentence, match.start(), "singled out")
            for part_start, part_end in _split_parts(text, start, end):
                claim = _claim(text, part_start, part_end, part_start, negated, "singled out")
                if claim is not None:
                    claim.end, claim.text = match.end(), text[part_start : match.end()]
                    found.append(claim)
    if headline and " behind " in chunk:
        match = _HEADLINE_BEHIND.match(text, sentence.start, sentence.end)
        if (
            match is not None
            and not taken(match.start())
            and not _agent(match.group("cause"))
            and not re.search(
                r"\b(?:man|woman|men|women|boy|girl|person|people|team|family)$",
                match.group("cause"),
                re.IGNORECASE,
            )
        ):
            claim = _claim(text, *match.span("cause"), sentence.start, False, "behind")
            if claim is not None:
                claim.end, claim.text = sentence.end, text[sentence.start : sentence.end]
                found.append(claim)
    return found


# "Then came the April tariff review. It more than doubled the cost of a stay.": a cause
# introduced in one sentence and acting as "it" in the next.
_THEN_CAME = re.compile(r"(?:And\s+|But\s+)?[Tt]hen\s+came\s+(?P<cause>[^.!?]{3,90})[.!]\s*$")
_IT_ACTS = re.compile(
    r"\s*(?:It|This|That)\s+(?:has\s+|had\s+|have\s+|also\s+|quickly\s+|soon\s+|"
    r"more\s+than\s+|nearly\s+|almost\s+)*(?P<verb>[a-z]{3,}(?:ed|s)|sent|brought|left|cut|"
    r"hit|put|kept|drove|made|took|forced|meant|caused)\b"
)


def _then_came(text: str, sentence: Span, following: Span | None) -> list[CauseClaim]:
    """A cause brought on by "Then came X." and acting in the next sentence ("It ...")."""
    match = _THEN_CAME.match(text, sentence.start, sentence.end)
    if match is None or following is None:
        return []
    acts = _IT_ACTS.match(text, following.start, following.end)
    if acts is None or acts.group("verb").lower() in {"was", "is", "has", "says", "said"}:
        return []
    claim = _claim(text, *match.span("cause"), sentence.start, False, "then came")
    if claim is None:
        return []
    end = trim(text, following.start, following.end, " .!?")[1]
    claim.end, claim.text = end, text[sentence.start : end]
    return [claim]


# "Nobody came. That is why people's homes are full of mud.": the sentence before, as a
# short clause, is the reason the next one gives.
_THATS_WHY = re.compile(
    r"[\"“]?(?:That|This)(?:[’']s|\s+is|\s+was)\s+(?:exactly\s+|precisely\s+)?why\b"
)


def _thats_why(text: str, sentence: Span, previous: Span | None) -> list[CauseClaim]:
    """The sentence before as the cause of a sentence opening "That is why ..."."""
    if previous is None or _THATS_WHY.match(text, sentence.start, sentence.end) is None:
        return []
    start, end = trim(text, previous.start, previous.end, ' .!?"“”')
    clause = text[start:end]
    if not 2 <= len(clause.split()) <= 10 or not _CLAUSE_VERB.search(clause):
        return []
    label = _clause_label(clause, 8)
    if not label or label in _PLACEHOLDERS:
        return []
    end_of_why = _THATS_WHY.match(text, sentence.start, sentence.end).end()
    return [CauseClaim(None, label, False, text[start:end_of_why], start, end_of_why, "why")]
