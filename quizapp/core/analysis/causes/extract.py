"""Cause claims in an article: every cue in every sentence (headline included), read
with its phrase, subject, negation and hedges."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from ...articles import HEADLINE, Article
from ..text import Span, body_spans, sentences, trim
from .asides import aside_cuts, particle_moves, quote_cuts, speech_tag_cuts
from .lexicon import (
    _AFTER_PLURAL,
    _ANY_AUXILIARY,
    _BARE_IMPACT,
    _BLAME_FOR,
    _BLAME_FOR_LC,
    _CAUSAL_VERBS,
    _CAUSAL_VERBS_LC,
    _CUE_AFTER,
    _CUE_AFTER_LC,
    _FOLLOWS,
    _FOLLOWS_EVENT,
    _FOLLOWS_LC,
    _HEADLINE_OBJECT,
    _HEADLINE_PLURAL,
    _IMPACT_LEMMAS,
    _MODAL_HAVE,
    _NEEDS_OBJECT_LEMMAS,
    _OBJECT_START,
    _OUTCOME_NOUNS,
    _PLURAL_PRESENT,
    _PRESENT_IMPACT,
    _RESULT_DECIDES_OBJECT,
    _RESULT_NEEDED,
    _SINGULAR_PAST,
    _STRONG_LEMMAS,
    _TO_BLAME,
    _TO_BLAME_LC,
    CAUSAL_HINTS,
    PARTICIPLE_WORD,
    _lemma,
    _no_object,
)
from .phrases import (
    _PLACEHOLDERS,
    CauseClaim,
    _cause_phrases,
    _claim,
    _cue_position,
    _having_object,
    _phrase_claims,
    _split_parts,
    cause_label,
)
from .scope import _DENIAL, _negated, _uncertain
from .shapes import (
    _ALTERNATIVE_BEFORE,
    _alternatives,
    _answer_to_question,
    _answered_question,
    _blame_and_as,
    _conditionals,
    _consequence_clauses,
    _elliptical_answer,
    _inverted_behind,
    _it_is_claims,
    _linked_subject,
    _links_compounds_and_behind,
    _more_shapes,
    _not_instead,
    _subject_is_reason,
    _thats_why,
    _then_came,
    _with_absolute,
)
from .subjects import (
    _ACTION_LEMMAS,
    _BE_INSIDE,
    _REASON_ASIDE,
    PEOPLE,
    _agent,
    _antecedent,
    _clause_end,
    _coordinated_subject,
    _finite_after_subject,
    _known,
    _plausible_subject,
    _subject_phrase,
)


def find_causes(article: Article) -> list[CauseClaim]:
    """Every cause claim in the headline and body, sentence by sentence (the source of
    each is set by the caller, from the attribution it stands in)."""
    text = article.text
    lowered = text.lower()
    folded = lowered if len(lowered) == len(text) else None
    found: list[CauseClaim] = []
    headlines = [Span(p.start, p.end) for p in article.paragraphs if p.kind == HEADLINE]
    for paragraph in (*headlines, *body_spans(article)):  # a headline frames causes too
        spans = sentences(text, paragraph.start, paragraph.end)
        for index, sentence in enumerate(spans):
            claims = _in_sentence(text, sentence, folded, paragraph in headlines)
            if index and "why" in text[sentence.start : sentence.start + 25]:
                claims.extend(_thats_why(text, sentence, spans[index - 1]))
            if text.startswith(("Then came", "And then came", "But then came"), sentence.start):
                following = spans[index + 1] if index + 1 < len(spans) else None
                claims.extend(_then_came(text, sentence, following))
            claims.extend(_inverted_behind(text, sentence))
            if text.startswith("With", sentence.start) or text.startswith("“With", sentence.start):
                claims.extend(_with_absolute(text, sentence))
            if "if " in text[sentence.start : sentence.end].lower():
                claims.extend(_conditionals(text, sentence))
            claims.extend(_elliptical_answer(text, sentence, found))
            claims.extend(_answer_to_question(text, sentence))
            found.extend(_across_asides(text, sentence, claims, paragraph in headlines))
        found.extend(_it_is_claims(text, paragraph))
    found.sort(key=lambda c: c.start)
    return found


_WORDS = re.compile(r"[a-z’']+")


_HEADLINE_TO = re.compile(r"(?<=[a-z] )to(?= [a-z]{3,})")


def _ends_after(claim: CauseClaim, at: int) -> bool:
    """Whether a reading's change at ``at`` came before the claim's end."""
    return at < claim.end


def _spans_cut(claim: CauseClaim, at: int) -> bool:
    """Whether a cut at ``at`` stood inside the claim or ended it."""
    return claim.start < at <= claim.end


def _spans_word(claim: CauseClaim, at: int) -> bool:
    """Whether the word changed at ``at`` lies inside the claim."""
    return claim.start <= at < claim.end


def _across_asides(
    text: str, sentence: Span, claims: list[CauseClaim], headline: bool
) -> list[CauseClaim]:
    """``claims`` with those whose frame an aside, quotation marks or a verb's object
    interrupt read again without them ("the level in X, the town's only source of water,
    dropped ...", "had "put the fells under pressure"", "is burning people out"): a
    reading of the same cue replaces the first one, a new cue is added.  Each claim keeps
    its real span in ``text``."""
    original = text[sentence.start : sentence.end].lower()
    if not headline and CAUSAL_HINTS.isdisjoint(_WORDS.findall(original)):
        return claims  # no word any cue turns on: no reading can find more
    # each reading: the variant text, its cuts as (start in the variant, width), and a test
    # of whether a claim read from it owes itself to the reading
    readings: list[tuple[str, list[tuple[int, int]], Callable[[CauseClaim], bool]]] = []
    marks = quote_cuts(text, sentence)
    asides = aside_cuts(text, sentence)
    # an aside is no subject: "The slip, roughly 80 metres long, has put paid to ..."
    claims = [
        c
        for c in claims
        if not any(start < c.start < end and _cue_position(text, c) >= end for start, end in asides)
    ]
    tags = speech_tag_cuts(text, sentence)
    for cuts in [[cut] for cut in asides] + [group for group in (marks, tags) if group]:
        shifts, removed, pieces, begin = [], 0, [], 0
        for cut_start, cut_end in cuts:
            pieces.append(text[begin:cut_start])
            shifts.append((cut_start - removed, cut_end - cut_start))
            removed += cut_end - cut_start
            begin = cut_end
        pieces.append(text[begin:])
        # a quotation may hold the negation or the cue; an aside stood inside or ended it
        owes = _ends_after if cuts is marks or cuts is tags else _spans_cut
        readings.append(("".join(pieces), shifts, partial(owes, at=shifts[0][0])))
    for variant, verb_at in particle_moves(text, sentence):
        readings.append((variant, [], partial(_spans_word, at=verb_at)))
    if headline:  # "Power station closure to cost 240 jobs": a headline's "to" is "will"
        for to in _HEADLINE_TO.finditer(text, sentence.start, sentence.end):
            variant = text[: to.start()] + "do" + text[to.end() :]
            readings.append((variant, [], partial(_spans_word, at=to.start())))
    for variant, shifts, owes in readings:
        lowered = variant.lower()
        shorter = Span(sentence.start, sentence.end - sum(width for _, width in shifts))
        inside = lowered[shorter.start : shorter.end]
        for claim in _in_sentence(
            variant, shorter, lowered if len(lowered) == len(variant) else None, headline
        ):
            if not owes(claim):
                continue
            if claim.cause in inside and claim.cause not in original:
                continue  # a label made of words from both sides of a cut
            claim.start += sum(width for at, width in shifts if at <= claim.start)
            claim.end += sum(width for at, width in shifts if at < claim.end)
            claim.text = text[claim.start : claim.end]
            if any(
                c.start < claim.end
                and claim.start < c.end
                and (c.cause, c.negated) == (claim.cause, claim.negated)
                for c in claims
            ):
                continue
            cue = _cue_position(text, claim)
            claims = [
                c
                for c in claims
                if not (c.cue == claim.cue and c.end > cue and _cue_position(text, c) == cue)
            ]
            claims.append(claim)
    return claims


# Harms whose origin is their cause: "the bacteria came from contaminated fish".
_HARM_BEFORE = re.compile(
    r"\b(?:bacteria|bacterium|virus|infections?|outbreak|contamination|pollution|leaks?|"
    r"smells?|odou?rs?|fumes|smoke|fires?|blaze|damp|mould|water|sewage|noise|problems?|"
    r"faults?|illness|disease|e\.\s?coli|salmonella|listeria|toxins?|chemicals?|spill|oil|"
    r"flooding|floodwater|cracks?|damage|debris|pests?|rats|complaints|ammonia|nitrates?|"
    r"phosphates?|algae|sediment|silt|dust|mud)\b"
    r"(?:\s+[\w’'-]+){0,4}?\s+(?:had\s+|have\s+|has\s+|probably\s+|likely\s+|may\s+have\s+|"
    r"might\s+have\s+|could\s+have\s+|all\s+)?(?:not\s+|never\s+)?$",
    re.IGNORECASE,
)


_BLAMED_ASIDE = re.compile(rf",\s+{PARTICIPLE_WORD}\b[^,;.]{{0,50}},?\s*$")


# Words before an "-s" form that make it a plural noun ("the main causes").
_NOUN_BEFORE = re.compile(
    r"\b(?:(?:the|its|their|a|other)\s+(?:main|possible|root|likely|underlying|real|chief|"
    r"biggest|major|probable|key|leading|primary|other)|the|two|three|several|many|its|their|"
    r"of|whose)\s+$",
    re.IGNORECASE,
)
_SCHEDULED = re.compile(
    r"\s*(?:be|have|open|reopen|run|stop|start|begin|end|finish|close|meet|discuss|decide|vote|"
    r"report|publish|launch|hold|take|return|resume|arrive|leave|complete|appear|face|sit|"
    r"expire|retire|sign|go|come|make|hear|rule|announce|review|consider|debate)\b",
    re.IGNORECASE,
)
_REACHED = re.compile(
    r"\s+(?:an?\s+)?(?:\d|£|\$|€|(?:record|new|all-time|fresh|high|low|peak|milestone|target|"
    r"the\s+(?:mark|milestone|target|threshold))(?![\w-]))",
    re.IGNORECASE,
)


def _subject_beside_alternative(
    text: str, sentence: Span, scan: str, cue_start: int
) -> tuple[re.Match[str] | None, int, tuple[int, int]]:
    """The subject before a cue, less an alternative set beside it ("X, not Y, were
    driving ...": the "not" denies Y only, X is the cause put): the alternative, where the
    subject ends, and the subject's span."""
    before = scan[sentence.start : cue_start]
    alternative = (
        _ALTERNATIVE_BEFORE.search(text, sentence.start, cue_start)
        if " not " in before or " rather " in before or " instead " in before
        else None
    )
    subject_end = cue_start if alternative is None else alternative.start()
    return alternative, subject_end, _subject_phrase(text, sentence.start, subject_end)


def _noun_before_verb(text: str, sentence: Span, position: int) -> bool:
    """In a headline, whether the "-s" word at ``position`` is a plural noun before the
    real verb: "Rising costs force closure" (not "costs" as the verb)."""
    plural = _HEADLINE_PLURAL.match(text, sentence.start, sentence.end)
    return plural is not None and plural.start("verb") > position


def _in_sentence(
    text: str, sentence: Span, folded: str | None = None, headline: bool = False
) -> list[CauseClaim]:
    """Cause claims in one sentence; ``folded`` is ``text.lower()`` when that keeps every
    offset, and lets the cue patterns run without the (slower) ignore-case flag."""
    claims: list[CauseClaim] = []
    if folded is not None:
        scan, cues, follow_cues, verbs = folded, _CUE_AFTER_LC, _FOLLOWS_LC, _CAUSAL_VERBS_LC
        to_blame, blame_for = _TO_BLAME_LC, _BLAME_FOR_LC
    else:
        scan, cues, follow_cues, verbs = text, _CUE_AFTER, _FOLLOWS, _CAUSAL_VERBS
        to_blame, blame_for = _TO_BLAME, _BLAME_FOR
    for blame in blame_for.finditer(scan, sentence.start, sentence.end):
        start, end = blame.span("cause")
        aside = _BLAMED_ASIDE.search(text, start, end)
        if aside:  # "blamed X, brought in last year to save money, for ..."
            end = aside.start()
        if re.search(r"\bon\s+(?![A-Z])", text[start:end]) and not re.match(
            r"\s+[a-z]+ing\b", text[blame.end() :]
        ):  # (not "the plant on Industrial Parkway for the smell": a place)
            continue  # "blamed X on Y ... for decades": the "on" cue has it (not "... for letting")
        negated = _negated(
            text, sentence, blame.start(), text[blame.start("cue") : blame.end("cue")]
        )
        cue_text = text[blame.start("cue") : blame.end("cue")]
        for part_start, part_end in _split_parts(text, *trim(text, start, end)):
            span_start = blame.start() if not claims else part_start
            made = _claim(text, part_start, part_end, span_start, negated, cue_text)
            if made is not None:
                claims.append(made)
    for follows in follow_cues.finditer(scan, sentence.start, sentence.end):
        if not _FOLLOWS_EVENT.search(
            text, max(sentence.start, follows.start() - 40), follows.start()
        ):
            continue
        follows_cue = text[follows.start("cue") : follows.end("cue")]
        negated = _negated(text, sentence, follows.start("cue"), follows_cue)
        phrases = _cause_phrases(text, follows.end(), sentence.end)
        claims.extend(_phrase_claims(text, phrases, follows.start("cue"), negated, follows_cue))
    for cue in cues.finditer(scan, sentence.start, sentence.end):
        cue_text = text[cue.start("cue") : cue.end("cue")]
        if cue_text.lower() == "because" and text[cue.end() : cue.end() + 3].lower() == "of ":
            continue
        if cue_text.lower().startswith("due to") and _SCHEDULED.match(text, cue.end()):
            continue  # "due to open in 2028": a schedule, not a cause
        if cue_text.lower().startswith(("came", "come", "orig")) and not _HARM_BEFORE.search(
            text, max(sentence.start, cue.start() - 70), cue.start()
        ):
            continue  # "the money came from donations": an origin, not a cause
        if cue_text.lower().startswith("not of") and not any(c.start < cue.start() for c in claims):
            continue  # "not of" is a cue only after one: "the result of X, not of Y"
        if cue_text.lower().startswith("blam") and any(
            c.start <= cue.end() < c.end and c.cue.lower().startswith("blam") for c in claims
        ):
            continue  # "blamed X on the lane side for letting ...": "blamed X for" has it
        negated = _negated(text, sentence, cue.start(), cue_text) or bool(
            re.match(r"ow\w*\s+(?:nothing|little)\b", cue_text, re.IGNORECASE)
        )  # "owed nothing to bad luck"
        limit = sentence.end
        if cue_text.lower().startswith("linked to"):
            effect_first = _linked_subject(text, sentence, cue.start(), cue.end())
            if effect_first is not None:  # "neonicotinoids linked to weaker colonies"
                start, end, object_end = effect_first
                made = _claim(text, start, end, start, negated, cue_text)
                if made is not None:
                    made.end, made.text = object_end, text[start:object_end]
                    claims.append(made)
                continue
        clause = cue_text.lower() == "because"
        if clause:
            clause_start = cue.end()
            adverbs = re.match(r"(?:\w+ly,?\s+)+", text[clause_start:limit])
            if adverbs:
                clause_start += adverbs.end()
            clause_start = _having_object(text, clause_start, limit)  # "because there were X"
            first = re.match(r"[\w’']+(?=\s+(?:is|was|are|were)\b)", text[clause_start:limit])
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
            if index:
                span_start = start
            elif cue_text[0].isalpha():
                span_start = cue.start()
            else:
                span_start = cue.start() + cue_text.index("n")
            made = _claim(text, start, end, span_start, negated, cue_text)
            if made is None:
                continue
            known = _known(text, start, end)
            if known is not None and not clause:  # the span ends with the known cause
                made.end, made.text = known, text[span_start:known]
            made.weak = cue_text.lower().startswith("amid")
            claims.append(made)
    for verb in verbs.finditer(scan, sentence.start, sentence.end):
        verb_text = text[verb.start() : verb.end()]
        alternative, subject_end, (start, end) = _subject_beside_alternative(
            text, sentence, scan, verb.start()
        )
        coordinated = start >= end  # "a warm front arrived early and pushed temperatures up"
        if coordinated:
            start, end = _coordinated_subject(text, sentence.start, subject_end)
        antecedent = _antecedent(text, sentence.start, subject_end)
        if antecedent is not None:  # "a caustic cleaner that can cause burns"
            start, end = antecedent
        if any(c.start <= start < c.end for c in claims):
            continue
        object_end = _clause_end(text, verb.end(), sentence.end)
        negated = (
            _negated(text, sentence, subject_end, verb_text)
            or bool(re.search(r"\b(?:not|never|cannot)\b|n[’']t\b", verb_text, re.IGNORECASE))
            # "denies the road closures cost the centre any skiing" (no "that")
            or _DENIAL.search(text, max(sentence.start, start - 40), start) is not None
        )
        plain_verb = re.sub(r"\s+", " ", verb_text)
        if (
            plain_verb.endswith("s")
            and " " not in plain_verb
            and _NOUN_BEFORE.search(text, max(sentence.start, verb.start() - 12), verb.start())
        ):
            continue  # "among the main causes", "the two drives": a plural noun
        lemma = _lemma(plain_verb)
        if re.search(r"\b(?:which|who)\s*$", text[start:end], re.IGNORECASE):
            continue  # "..., which meant ...": the antecedent is not read here
        strong = (
            (lemma in _STRONG_LEMMAS or _MODAL_HAVE.match(plain_verb))
            and not re.match(r"\s+by\b", text[verb.end() :])
            and not re.search(r"\b(?:is|are|was|were|be|been|being)\s*$", text[start:end])
            and not (lemma in _NEEDS_OBJECT_LEMMAS and _no_object(text, verb.end(), sentence.end))
        )
        singular_past = (
            plain_verb.lower() in _SINGULAR_PAST
            and plain_verb.lower() not in _PLURAL_PRESENT
            and _OBJECT_START.match(text, verb.end()) is not None  # not "the budget cut had"
            and not re.search(r"s\s*$", text[start:end])
            and not re.match(r"(?:we|they|i|you|he|she|it)\b", text[start:end], re.IGNORECASE)
            and not _agent(text[start:end])
        )  # "The derailment shut the Green Line"
        if (
            not singular_past
            and plain_verb.lower() in _PLURAL_PRESENT
            and not (
                _AFTER_PLURAL.search(text, max(sentence.start, verb.start() - 30), verb.start())
                and _HEADLINE_OBJECT.match(text, verb.end())
            )
        ):
            continue  # "to cut", "a cut": a plural present only after a plural noun
        plural = plain_verb.lower() in _PLURAL_PRESENT and not singular_past
        if plural and (_agent(text[start:end]) or PEOPLE.search(text, start, end)):
            continue  # "shoppers cut back on treats": people acting
        present = plain_verb.lower() in _PRESENT_IMPACT or plural
        if (
            present
            and not plural
            and (
                (_HEADLINE_OBJECT if headline else _OBJECT_START).match(text, verb.end()) is None
                or (headline and _noun_before_verb(text, sentence, verb.start()))
            )
        ):
            continue  # "the raises would force cuts": a plural noun, not a verb
        bare_impact = (plain_verb.lower() in _BARE_IMPACT or present or singular_past) and (
            coordinated or _finite_after_subject(text, start, end, verb.start())
        )
        impact = (
            not strong
            and lemma in _IMPACT_LEMMAS
            and not re.match(r"\s+by\b", text[verb.end() :])
            and (lemma in _RESULT_DECIDES_OBJECT or not _no_object(text, verb.end(), sentence.end))
            and (_ANY_AUXILIARY.match(plain_verb) is not None or bare_impact)
            and (
                lemma not in _RESULT_NEEDED
                or _RESULT_NEEDED[lemma].match(text, verb.end(), sentence.end) is not None
            )
        )
        if (
            not strong
            and not impact
            and re.match(
                r"(?:was|were|is|are|can|could|may|might|will|would)\b", plain_verb, re.IGNORECASE
            )
        ):
            continue
        if lemma in _NEEDS_OBJECT_LEMMAS and _no_object(text, verb.end(), sentence.end):
            continue  # "air pollution has worsened since 2022": no cause named
        if lemma == "hit" and _REACHED.match(text, verb.end(), sentence.end):
            continue  # "Pothole backlog hits 14,000", "reservoir hits record low": reached
        if lemma in _ACTION_LEMMAS and _agent(text[start:end]):
            continue  # "chip shops have raised prices": an actor acting, not a cause
        for part_start, part_end in _split_parts(text, start, end):
            subject = text[part_start:part_end]
            if _BE_INSIDE.search(subject):
                continue  # "were the most likely trigger": a noun read as a verb
            if _known(text, part_start, part_end) is None and not (
                (strong and _plausible_subject(subject, 10))
                or (impact and _plausible_subject(subject, 10) and not _agent(subject))
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
        if alternative is not None and claims and claims[-1].end == object_end:
            claims.extend(_alternatives(text, sentence, alternative, not negated))
        reason = _REASON_ASIDE.search(text, end, subject_end)
        if reason and claims and claims[-1].end == object_end and claims[-1].start == start:
            cause_start, cause_end = trim(text, *reason.span("cause"))
            made = _claim(text, cause_start, cause_end, reason.start("cue"), negated, "following")
            if made is not None:
                made.cue = reason.group("cue")
                made.end, made.text = object_end, text[made.start : object_end]
                claims.append(made)
    for blame in to_blame.finditer(scan, sentence.start, sentence.end):
        # "The wet spring, not farming practices, was to blame": the "not" denies the aside
        alternative, subject_end, (start, end) = _subject_beside_alternative(
            text, sentence, scan, blame.start()
        )
        if start >= end:  # "the fill was tested in 2019 and played no part in the damage"
            start, end = _coordinated_subject(text, sentence.start, subject_end)
        if (
            not _plausible_subject(text[start:end], 10)
            or _BE_INSIDE.search(text, start, end)  # "when elephants are weaned is thought ..."
            or any(c.start <= start < c.end for c in claims)
        ):
            continue
        verb_group = text[blame.start("verb") : blame.end("verb")]
        if re.search(r"\bpla\w+\b", verb_group) and _agent(text[start:end]):
            continue  # "the mayor played a key role in ...": an actor, not a cause
        negated = (
            _negated(text, sentence, subject_end, verb_group)
            or bool(
                re.search(
                    r"\b(?:not|nothing|never|no|little|ruled out)\b|n[’']t\b",
                    verb_group,
                    re.IGNORECASE,
                )
            )
            # "denied the verges were to blame" (no "that")
            or _DENIAL.search(text, max(sentence.start, start - 40), start) is not None
        )
        if verb_group.lower().endswith(("to do with", "bearing on")):
            swapped = _effect_first(text, sentence, start, end, blame.end())
            if swapped is not None:  # "the accident had nothing to do with staffing levels"
                made = _claim(text, *swapped, start, negated, verb_group)
                if made is not None:
                    claims.append(made)
                continue
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
                        text[blame.start("verb") : blame.end("verb")],
                    )
                )
        if alternative is not None and claims and claims[-1].end == blame.end():
            claims.extend(_alternatives(text, sentence, alternative, not negated))
    claims.extend(_more_shapes(text, sentence, scan, claims, headline))
    claims.extend(_blame_and_as(text, sentence, scan, claims, headline))
    claims.extend(_consequence_clauses(text, sentence, scan, claims))
    claims.extend(_links_compounds_and_behind(text, sentence, claims, headline))
    claims.extend(_not_instead(text, sentence, claims))
    if any(
        word in scan[sentence.start : sentence.end]
        for word in (
            "reason",
            "cause",
            "explanation",
            "driver",
            "trigger",
            "culprit",
            "what",
            "source",
        )
    ):
        claims.extend(_subject_is_reason(text, sentence, claims))
    answer = _answered_question(text, sentence)
    kept = []
    for claim in claims:
        if not _uncertain(text, sentence, _cue_position(text, claim)):
            kept.append(claim)
        elif answer is not None and claim.start < answer[0]:
            claim.negated = answer[1]  # "Asked whether X had caused Y, she said it was a factor"
            question_end = text.rfind(",", claim.start, answer[0])
            if question_end > claim.start and claim.end > question_end:
                claim.end, claim.text = question_end, text[claim.start : question_end]
            kept.append(claim)
    return kept


_OUTCOME_END = re.compile(rf"\b(?:{_OUTCOME_NOUNS}|decision|smell)$", re.IGNORECASE)
_CHANGE_END = re.compile(
    r"\b(?:rise|increase|fall|drop|decline|surge|spike|closure|decision|cuts?)$", re.IGNORECASE
)


def _effect_first(
    text: str, sentence: Span, start: int, end: int, cue_end: int
) -> tuple[int, int] | None:
    """For "X had nothing to do with Y": Y's span when X names the outcome and Y does not,
    or when X names a change or a decision ("the rise had nothing to do with its deficit")."""
    if not (_OUTCOME_END.search(text, start, end) or _CHANGE_END.search(text, start, end)):
        return None
    phrases = _cause_phrases(text, cue_end, sentence.end)
    if not phrases or (
        _OUTCOME_END.search(text, *phrases[0]) and not _CHANGE_END.search(text, start, end)
    ):
        return None
    return phrases[0][0], phrases[-1][1]
