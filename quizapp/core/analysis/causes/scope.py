"""Where a cue is denied or hedged: negation scoped to its clause, denials of a whole
clause, epistemic uncertainty, and possibilities taken back by the sentence."""

from __future__ import annotations

import re

from ..text import Span, word_alternation

# Nouns that deny a claim: "no evidence (that) X caused Y".
_NO_EVIDENCE = r"no (?:evidence|proof|sign|indication|suggestion)"
# Denying the clause that follows: "denied that the heat caused the deaths".
_DENIAL = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|disput(?:e|es|ed|ing)|reject(?:s|ed|ing)?\s+(?:the\s+)?(?:claims?|suggestions?|"
    r"idea|allegations?)|dismiss(?:es|ed|ing)?\s+(?:the\s+)?(?:claims?|suggestions?|idea)|"
    rf"{_NO_EVIDENCE}(?:\s+(?:at this stage|so far|yet|at all|"
    r"whatsoever))?|nothing to (?:suggest|show|indicate)|"
    # "did not accept that its fees were to blame"
    r"(?:do|does|did)(?:\s+not|n[’']t)\s+(?:accept|believe|think|agree|"
    r"(?:tell|show)(?:\s+us)?|prove|mean))(?:\s+that)?\s*$",
    re.IGNORECASE,
)
# Epistemic uncertainty: a cue under "whether", "if", "too early to say", "unclear" ...
# is no claim that the cause acted ("too early to say whether X had made Y stronger").
_UNCERTAIN = re.compile(
    r"\b(?:whether|if|unclear|not (?:yet |immediately )?(?:clear|known)|unknown|"
    r"too (?:early|soon) to (?:say|tell|know)|may or may not|might or might not|"
    r"(?:asked|wondered|questioned|investigating|investigate|examining|examine)\s+(?:how|why|whether)|"
    r"cannot (?:say|tell|be sure)|(?:it|that)\s+(?:was|is|’s|'s)\s+(?:also\s+)?possible\s+that|"
    r"perhaps)\b",
    re.IGNORECASE,
)
# Where an uncertain or denied scope ends: a new clause ("..., but warned that ...",
# "..., saying ...", "; ...").
_SCOPE_END = re.compile(
    r"[;:—]|,\s+(?:but|and|while|whereas|although|though|yet|so)\b|,\s+\w+ing\b|\bbut\b|"
    r",\s+(?:said|says|added|adds|told|insisted|argued|claimed)\b",
    re.IGNORECASE,
)


_NEGATION = re.compile(
    r"\b"
    + word_alternation(
        "not|never|no|cannot|can't|can’t|couldn't|couldn’t|isn't|isn’t|wasn't|wasn’t|weren't|"
        "weren’t|aren't|aren’t|don't|don’t|doesn't|doesn’t|didn't|didn’t|won't|won’t|"
        "nothing to do with|rather than|instead of|no evidence|no proof|no sign|"
        "nothing to suggest|nothing to show|nothing to indicate".split("|")
    )
    + r"\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(
    r"[;:—]|,\s+(?:but|and|while|whereas|rather)\b|\b(?:but|rather|that|who|which)\b"
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
    scope = _scope_start(text, sentence, cue_start)
    if window_start > scope and _DENIAL.search(text, scope, window_start):
        return True  # "denied that X caused ...", but not "denied ..., saying X caused ..."
    window = text[max(window_start, scope, cue_start - 80) : cue_start]
    if _TOO_TO_BE.search(window):
        return True  # "too high to be explained by X": X is ruled out
    if _PREPOSITION_CUE.match(lowered) and not _RATHER_NEXT.match(text, sentence.end):
        # "could not be discharged due to X" negates the outcome, not the reason: only a
        # negation right before the cue ("was not due to X") or a denial frame denies it.
        return bool(_NEGATION_BEFORE.search(window) or _DENIAL_FRAME.search(window))
    return bool(_NEGATION.search(window))


# "... were not trying to scale the cliff due to X. Rather, ...": the reason is denied.
_RATHER_NEXT = re.compile(r"\s*[\"”’']?\s*(?:Rather|Instead)\b")
_PREPOSITION_CUE = re.compile(
    r"(?:due to|owing to|because|thanks to|on account of|as a (?:direct )?result of|amid|"
    r"after|following|when|over|in the (?:immediate )?wake of|on the back of)\b"
)
_NEGATION_BEFORE = re.compile(
    r"(?:\b(?:not|never|no longer|rather than|instead of)|n[’']t)\s+"
    r"(?:(?:\w+ly|just|simply|only|all|so much|purely|mainly|partly)\s+)*$",
    re.IGNORECASE,
)
_DENIAL_FRAME = re.compile(
    rf"\b(?:{_NO_EVIDENCE}|nothing to (?:suggest|show|indicate|do with)|"
    r"den(?:y|ies|ied|ying)|rejected)\b",
    re.IGNORECASE,
)


_TOO_TO_BE = re.compile(
    r"\btoo\s+(?:\w+\s+){1,2}to\s+(?:have\s+)?(?:be(?:en)?\s+)?$", re.IGNORECASE
)


def _scope_start(text: str, sentence: Span, position: int) -> int:
    """Where the clause holding ``position`` starts for negation and hedging: after the
    last new-clause boundary before it ("..., saying", "..., but", ";")."""
    start = sentence.start
    for match in _SCOPE_END.finditer(text, sentence.start, position):
        start = match.end()
    return start


# A hedge that follows the claim and takes it back: "X might play a part, but it was too
# early to say", "..., though it was not yet clear".
_TRAILING_HEDGE = re.compile(
    r"(?:,\s*|\s+)(?:but|though|although|yet|and)\s+(?:(?:it|that|this|he|she|they|we)\s+"
    r"(?:(?:said|added|admitted|stressed|warned)\s+(?:that\s+)?(?:it\s+)?)?)?"
    r"(?:(?:was|is|were|are|it's|it’s)\s+)?"
    r"(?:too (?:early|soon) to (?:say|tell|know|be sure|draw (?:any )?conclusions)|"
    r"(?:not (?:yet )?(?:clear|known|certain)|"
    r"unclear|uncertain)|could not (?:say|tell|be sure)|cannot (?:say|tell|be sure)|"
    r"(?:had|has|have) no (?:evidence|proof))"
    r"(?:\s+(?:yet|for (?:sure|certain)|at this stage))?"
    r"(?:\s+(?:until|before|while|without)\b[^.;!]*)?\s*[\"”’']?\s*(?:[.;!]|$)",
    re.IGNORECASE,
)


# A possibility followed by "but" and a clause saying the facts are not in yet: "a leaking
# boiler might have caused some of the damage, but surveyors had not yet finished their
# report", "could also be a factor, but the firm was still assessing the damage".
_POSSIBILITY = re.compile(r"\b(?:might|may|could|possibly)\b", re.IGNORECASE)
_BUT = re.compile(r"(?:,\s*|\s+)but\s+", re.IGNORECASE)
_NOT_YET = re.compile(
    r"\b(?:not\s+yet|yet\s+to|still\s+(?:\w+ing|waiting|unclear|unknown)|no\s+(?:data|evidence)|"
    r"(?:nobody|no\s+one|no-one|none\s+of\s+\w+)\s+(?:had|has|have|was|is)\s+yet|"
    r"not\s+(?:known|clear|certain|sure)|(?:haven|hasn|hadn)[’']t\s+(?:yet|got)|"
    # "nothing could be ruled in or out until the investigators had reported"
    r"ruled\s+(?:in|out)(?:\s+or\s+(?:in|out))?\s+until|too\s+(?:early|soon))\b",
    re.IGNORECASE,
)
# The next sentence taking a possibility back: "... may have caused it. But he said ...".
_NEXT_BUT = re.compile(r"[\s\"”’']*But\b[^.!?]{0,200}")


def _possibility_not_yet(text: str, sentence: Span, cue_start: int) -> bool:
    """A modal of possibility in the claim's clause, then ", but" + a not-yet clause, in
    the sentence or opening the next one."""
    scope = _scope_start(text, sentence, cue_start)
    but = _BUT.search(text, cue_start, sentence.end)
    if but is not None:
        return bool(
            _POSSIBILITY.search(text, scope, but.start())
            and _NOT_YET.search(text, but.end(), sentence.end)
        )
    after = _NEXT_BUT.match(text, sentence.end)
    return bool(
        after and _POSSIBILITY.search(text, scope, sentence.end) and _NOT_YET.search(after.group())
    )


def _uncertain(text: str, sentence: Span, cue_start: int) -> bool:
    """Whether a cue stands under a hedge that makes it no claim: "whether", "if", "too
    early to say", "unclear", "it was possible that", "perhaps", a trailing "but it was too
    early to say" (or a possibility, then "but" + a not-yet clause), or a question."""
    if text[sentence.start : sentence.end].rstrip(" \"”’'").endswith("?"):
        return True
    if _TRAILING_HEDGE.search(text, cue_start, sentence.end):
        return True
    if _possibility_not_yet(text, sentence, cue_start):
        return True
    return bool(_UNCERTAIN.search(text, _scope_start(text, sentence, cue_start), cue_start))
