"""Cause claims: what an event is blamed on, by whom, and whether the cause is denied.

A general causal-frame extractor, read by structure rather than by listed sentences:

* Cues come from an inventory grouped by direction.  Cause -> effect verbs make their
  subject the cause ("staff shortages led to ...", "a poor harvest had pushed up costs");
  they are named by lemma ("push up", "make worse") and inflected by ``verb_forms``, and
  may carry auxiliaries, modals and adverbs ("had also reduced", "could have killed").
  Strong verbs (cause, lead to, trigger, drive, fuel, mean ...) say causation whatever the
  subject; weak ones (make, affect, hit ...) only with a known cause as subject.  Effect
  <- cause markers put the cause after them: participles before "by" with optional adverbs
  ("driven mainly by", "made worse by"), "because (of)", "due to", "the result of",
  "blamed X on/for", "attributed to", "stemmed from", "X was to blame", "the reason was
  X", "halted over X", and an outcome followed by "after" and a finite clause ("left
  without power after Storm X brought ...", whose cause is the clause's subject).
* The cause noun phrase is chunked to its boundary (clause punctuation, relative words,
  conjunctions, "rather/instead"), lists are split into single causes, and the label is
  the head noun phrase, canonicalised only by a small synonym map (every way of saying
  "global warming" is "climate change"; a proper name such as "Storm Edda" is kept).
* Negation is scoped to the cue's clause: "not", "never", "can't be attributed to", a
  denied clause ("denied that the heat caused ...") that does not leak across a new clause
  ("denied ..., saying X had fallen because of Y" asserts Y), and a denied alternative
  after a cause ("..., not X", "rather than X", "instead of X"); "not caused by X but by
  Y" gives Y as the cause put instead.
* Change/impact verbs (hit, force, cut, slow, weaken, hurt, ...; ``_IMPACT_VERBS``) are
  causal with a non-agent subject and an object, read with an auxiliary, a modal or a
  progressive ("rising flour prices had hit profits", "a shortage of judges was slowing
  hearings"; not "the council had cut fees"); "make"/"leave" need a result complement.
  Subjects may be predicated as causes ("X was responsible for", "X was a factor", "X
  played a part", "X had nothing to do with Y"); "blaming X" without "on/for", "as" + a
  clause after a change ("fell ... as carmakers switched ..."), "suffered from X".  Any
  single adverb may stand between the parts of a cue ("made far worse by").  Noun
  phrases keep coordinated adjectives ("a hotter, drier climate") and the infinitive
  complement of plan/decision/move ("plan to open a factory").
* After check 6: coordination sharing a head noun is one cause ("higher fuel and
  insurance costs", "spending on cars and holidays"); "X, not Y, was the real reason" and
  "X rather than Y were the reason" put X and deny Y; "was not behind" and "too high to be
  explained by X" deny; a subject's relative clause is skipped ("an injury that kept her
  out ... had put her under pressure"); "made X <any adjective>" by the adjective's shape;
  "after" + -ing clause or noun phrase following an outcome or a change; "as" + clause
  after a noun of change; "X linked to Y" makes X the cause only when Y names an effect;
  a synonym rule does not replace a participle's own noun ("contaminated supplement").
* "No evidence that / nothing to suggest (that) X caused Y" denies the cause; a reported
  question answered by its speaker ("Asked whether X caused Y, she said it was a factor")
  is a claim, denied when the answer is "no".
* After the dev-3/dev-4 rounds (articles by writers who never saw this code): a wider
  inventory (harm and loss verbs, "cost X Y", "give X <an illness>", "keep X from", "send
  X soaring", origins of a harm, "traced to", "in response to", "ruled out as the cause"),
  impact verbs in the bare past with a subject that is no actor ("High winds brought down
  lines"), "when"/"following" reasons, headlines, raising predicates ("are likely to push
  up"), asides and purpose infinitives trimmed from subjects, labels that finish their
  noun phrase, and a prepositional reason negated only by a negation right before it
  ("could not be discharged due to X" asserts X).
* Epistemic hedges make a cue no claim at all: under "whether", "if", "too early to say",
  "unclear", "may or may not", or in a question, nothing is reported (a false positive is
  worse than a miss in a quiz about reading the news).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from ..articles import HEADLINE, Article
from .attributions import SPEECH_VERBS
from .text import Span, body_spans, sentences, trim, word_alternation

# --- Morphology: cue lists name lemmas ("push up"); their inflections are generated. ---
_IRREGULAR = {
    "drive": ("drove", "driven"), "lead": ("led", "led"), "make": ("made", "made"),
    "bring": ("brought", "brought"), "leave": ("left", "left"), "put": ("put", "put"),
    "cut": ("cut", "cut"), "hit": ("hit", "hit"), "arise": ("arose", "arisen"),
    "feed": ("fed", "fed"), "send": ("sent", "sent"), "mean": ("meant", "meant"),
    "set": ("set", "set"), "spring": ("sprang", "sprung"), "be": ("was", "been"),
    "hurt": ("hurt", "hurt"), "hold": ("held", "held"), "eat": ("ate", "eaten"),
    "shrink": ("shrank", "shrunk"), "dent": ("dented", "dented"),
    "say": ("said", "said"), "tell": ("told", "told"), "think": ("thought", "thought"),
    "feel": ("felt", "felt"), "know": ("knew", "known"), "find": ("found", "found"),
    "show": ("showed", "shown"), "give": ("gave", "given"), "come": ("came", "come"),
    "take": ("took", "taken"), "keep": ("kept", "kept"), "break": ("broke", "broken"),
    "sink": ("sank", "sunk"), "sweep": ("swept", "swept"),
    "strike": ("struck", "struck"), "cost": ("cost", "cost"), "shut": ("shut", "shut"),
}  # fmt: skip
_DOUBLED = {
    "admit",
    "rob",
    "strip",
    "stop",
    "scrap",
    "sap",
    "spur",
    "stem",
    "tip",
    "fan",
    "cut",
    "hit",
    "put",
    "set",
    "fuel",
    "prop",
    "deter",
    "clog",
}
_VARIANTS = {"fuelled": ("fueled",), "fuelling": ("fueling",)}  # US spellings


def verb_forms(lemma: str) -> dict[str, str]:
    """The forms of a verb or phrasal verb, by a small rule set plus irregulars:
    ``verb_forms("push up")["past"] == "pushed up"``, ``verb_forms("drive")["pp"] ==
    "driven"``, ``verb_forms("stem")["ing"] == "stemming"``."""
    verb, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    consonant_y = verb.endswith("y") and verb[-2:-1] not in ("a", "e", "i", "o", "u")
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        third = verb + "es"
    else:
        third = verb[:-1] + "ies" if consonant_y else verb + "s"
    stem = verb + verb[-1] if verb in _DOUBLED else verb
    if verb in _IRREGULAR:
        past, participle = _IRREGULAR[verb]
    else:
        past = (
            verb + "d" if verb.endswith("e") else verb[:-1] + "ied" if consonant_y else stem + "ed"
        )
        participle = past
    if verb.endswith("ie"):
        ing = verb[:-2] + "ying"
    elif verb.endswith("e") and not verb.endswith("ee"):
        ing = verb[:-1] + "ing"
    else:
        ing = stem + "ing"
    forms = {"base": verb, "s": third, "past": past, "pp": participle, "ing": ing}
    return {key: form + tail for key, form in forms.items()}


def _all_forms(lemmas: object, keys: tuple[str, ...]) -> list[str]:
    found: list[str] = []
    for lemma in lemmas:  # type: ignore[attr-defined]
        for key in keys:
            form = verb_forms(lemma)[key]
            verb, _, tail = form.partition(" ")
            found.append(form)
            found.extend(f"{v} {tail}".strip() for v in _VARIANTS.get(verb, ()))
    return sorted(set(found))


# --- The cue inventory, grouped by direction. ---
# Cause -> effect, the subject being the cause ("staff shortages led to ...").  A strong
# verb says causation whatever its subject; a weak one only with a known cause as subject
# ("climate change has made ...", not "the council has made ...").
_STRONG_VERBS = (
    "cause", "lead to", "trigger", "spark", "prompt", "result in", "contribute to", "fuel",
    "drive", "drive up", "drive down", "push up", "push down", "force up", "reduce",
    "increase", "raise", "worsen", "exacerbate", "tip", "mean", "make worse",
    "provoke", "induce", "bring about", "give rise to", "set off",
)  # fmt: skip
_WEAK_VERBS = (
    "make", "impact", "affect", "force", "push", "hit", "damage", "harm", "kill",
    "threaten", "destroy", "ripple down to",
)  # fmt: skip
# Verbs of change or impact: causal with a non-agent noun phrase as subject and an object
# ("rising flour prices had hit profits", "the sale had weakened the attack", "a shortage
# of judges was slowing hearings"), read with an auxiliary, a modal or a progressive, or
# bare before an outcome ("the cuts forced closures").
_IMPACT_VERBS = (
    "hit", "force", "drive", "push", "pull", "cut", "lift", "boost", "hurt", "damage",
    "harm", "reduce", "increase", "worsen", "slow", "delay", "halt", "stall", "spark",
    "trigger", "fuel", "prompt", "weaken", "disrupt", "doom", "squeeze", "drain", "erode",
    "undermine", "hamper", "hinder", "hold back", "dent", "wipe out", "push up", "drive up",
    "drive down", "push down", "make", "affect", "impact", "threaten", "destroy",
    "kill", "warm", "strain", "stretch", "block", "derail", "cripple", "devastate", "shrink",
    "deter", "put off", "put pressure on", "add to", "eat into", "bring down", "leave", "put",
    "flood", "swamp", "overwhelm", "inflate", "depress", "dampen", "deepen", "widen",
    "deplete", "overload", "clog", "stunt", "halve", "double", "treble", "triple",
    # harm and loss: "the loss of card payments had cost some shops a day's takings"
    "cost", "injure", "sicken", "poison", "infect", "contaminate", "pollute", "ruin", "wreck",
    "knock out", "take out", "cut off", "shut down", "starve", "deprive", "rob", "strip",
    "jeopardise", "jeopardize", "endanger", "imperil", "expose", "spoil", "sink", "scupper",
    "batter", "flatten", "topple", "wash away", "sweep away", "break", "exhaust", "sap",
    "skew", "compromise", "choke", "wipe out", "decimate", "ravage", "blight", "plague",
    "paralyse", "hobble", "stifle", "close", "shut",
    # stopping and keeping: "the snow had kept pupils at home"
    "stop", "prevent", "keep", "discourage", "scare off", "drive away", "drive out",
    "push out", "price out", "hold up", "set back", "push back", "curb", "limit", "restrict",
    # amplifying and lowering: "the drought had lowered the reservoirs"
    "lower", "slash", "escalate", "aggravate", "compound", "accelerate", "speed up",
    "hasten", "intensify", "amplify", "heighten", "swell", "bolster",
    # producing: "the leak had created a sinkhole", "the mould had given her son asthma"
    "create", "produce", "generate", "give", "send", "dry up", "dry out", "wash out",
)  # fmt: skip
_IMPACT_LEMMAS = set(_IMPACT_VERBS)
# Read bare (without an auxiliary) only where a bare use is plainly causal: "the council
# increased fees" names an actor, "the council had increased fees" is no better, so
# these verbs need an auxiliary or a modal ("hot weather had also reduced oxygen").
_NEEDS_AUXILIARY = {
    "reduce",
    "increase",
    "raise",
    "worsen",
    "tip",
    "damage",
    "harm",
    "kill",
    "destroy",
    "hit",
}
# Strong verbs also used intransitively ("sales increased by 5%"): a cause only with an object.
_NEEDS_OBJECT_LEMMAS = {"reduce", "increase", "raise", "worsen", "tip", "mean", "be behind"}
# Change verbs also used intransitively ("the storm deepened quickly", "the river flooded").
_NEEDS_OBJECT_LEMMAS |= {
    "flood", "swamp", "overwhelm", "inflate", "depress", "dampen", "deepen", "widen",
    "deplete", "overload", "clog", "slow", "shrink", "stall", "warm",
    "halve", "double", "treble", "triple",
    "close", "shut", "sink", "break", "choke", "swell", "escalate", "accelerate", "intensify",
    "speed up", "heighten", "stop", "shut down", "cost", "dry up", "dry out", "derail",
}  # fmt: skip
_LEMMA_OF: dict[str, str] = {}
for _lemma in (*_STRONG_VERBS, *_WEAK_VERBS, *_IMPACT_VERBS):
    for _form in _all_forms([_lemma], ("base", "s", "past", "pp", "ing")):
        _LEMMA_OF.setdefault(_form, _lemma)
for _form in ("was behind", "were behind", "is behind", "are behind"):
    _LEMMA_OF[_form] = "be behind"
    _LEMMA_OF[_form.replace(" ", " not ")] = "be behind"
_STRONG_LEMMAS = {*_STRONG_VERBS, "be behind"}
# Adverbs and hedges allowed between an auxiliary and its verb, or before "by".
_ADVERB_WORDS = (
    "also|already|further|then|probably|still|easily|well|even|only|far|much|just|mostly|"
    "largely|partly|mainly|chiefly|certainly|likely|possibly|perhaps|indeed|in (?:large )?part|"
    "at least partly|hard|worst|most|(?!only\\b)\\w+ly"
)
# Any single adverb-like word ("had also reduced", "made far worse by", "largely driven").
_ADVERB = rf"(?:(?:{_ADVERB_WORDS})\s+)"
# The plural present ("shortages lead to") is read bare only where it cannot be a noun.
_ALL_VERBS = (*_STRONG_VERBS, *_WEAK_VERBS, *_IMPACT_VERBS)
_BARE = [
    f for f in _all_forms((*_STRONG_VERBS, *_WEAK_VERBS), ("s", "past"))
    if _LEMMA_OF.get(f, "") not in _NEEDS_AUXILIARY
] + [
    lemma for lemma in (*_STRONG_VERBS, *_WEAK_VERBS)
    if " " in lemma or lemma in {"trigger", "exacerbate"}
]  # fmt: skip
# Impact verbs in the simple past ("High winds brought down power lines"): causal only with
# a subject that is no actor, checked where they are read.
_BARE_IMPACT = {
    form for form in _all_forms(_IMPACT_VERBS, ("past",))
    if form.split()[0] not in {"put", "cut", "set", "hit", "cost", "shut"}
}  # fmt: skip
# The third person of verbs that need a result ("Heat puts a strain on the heart").
_BARE_IMPACT |= {"puts", "makes", "gives", "keeps", "sends"}
_BARE = [*_BARE, *sorted(_BARE_IMPACT - set(_BARE))]
_PERFECT = _all_forms(_ALL_VERBS, ("pp",))
_BASE = _all_forms(_ALL_VERBS, ("base",))
_ING = _all_forms(_ALL_VERBS, ("ing",))
_MODALS = "can could may might will would must".split()
_CAUSAL_VERBS = re.compile(
    r"\b(?="
    + word_alternation(
        {w.split()[0] for w in _BARE}
        | {"has", "have", "had", "was", "were", "is", "are"}
        | set(_MODALS)
    )
    + r"\b)"
    rf"(?P<verb>(?:has|have|had)\s+{_ADVERB}*{word_alternation(_PERFECT)}|"
    rf"(?:could|may|might|would|must)\s+{_ADVERB}*have\s+{_ADVERB}*{word_alternation(_PERFECT)}|"
    rf"{word_alternation(_MODALS)}\s+{_ADVERB}*{word_alternation(_BASE)}|"
    r"(?:was|were|is|are)\s+(?:also\s+|not\s+)?behind|"
    rf"(?:was|were|is|are|has been|have been|had been)\s+{_ADVERB}*{word_alternation(_ING)}|"
    rf"{word_alternation(_BARE)})\b(?!\s+to\b)",
    re.IGNORECASE,
)
_MODAL_HAVE = re.compile(r"(?:could|may|might|would|must)\s.*\bhave\s", re.IGNORECASE)
_AUXILIARY_WORDS = {"has", "have", "had", *_MODALS, "also", "already", "further", "then"}


def _lemma(verb_text: str) -> str:
    """The lemma of a matched verb group ("had also pushed up" -> "push up")."""
    words = verb_text.lower().split()
    for index in range(len(words)):
        lemma = _LEMMA_OF.get(" ".join(words[index:]))
        if lemma is not None:
            return lemma
    return ""


# Effect <- cause, the cause following the cue: a participle before "by" (with adverbs:
# "driven mainly by", "made worse by"), conjunctions and prepositions of reason, nouns of
# consequence ("the result of") and verbs of origin ("stemmed from").
_PASSIVE_BY = (
    "cause", "drive", "trigger", "fuel", "worsen", "exacerbate", "prompt", "confuse",
    "spark", "bring on", "make worse", "push up", "push down", "drive up", "drive down",
    "compound", "aggravate", "spur", "fan", "feed", "accelerate", "intensify", "hasten",
    "explain",
    "bring about", "set off", "precipitate", "slow", "hit", "delay", "disrupt", "hamper",
    "hinder", "affect", "damage", "weaken", "hurt", "halt", "force", "undermine", "block",
    "destroy", "kill", "injure", "wreck", "ruin", "flood", "contaminate", "pollute", "poison",
    "infect", "erode", "swamp", "overwhelm", "batter", "cripple", "devastate", "squeeze",
    "threaten", "blight", "plague", "dog", "stall", "hold up", "knock out", "bring down",
    "sweep away", "wash away", "sink", "break", "cut off", "shut down",
)  # fmt: skip
_ORIGIN = ("stem from", "arise from", "result from", "spring from", "suffer from")
_PARTICIPLES = _all_forms(_PASSIVE_BY, ("pp",))
_ORIGIN_FORMS = _all_forms([o.split()[0] for o in _ORIGIN], ("base", "s", "past", "pp", "ing"))
_AFTER_CUES = (
    r"due to|owing to|because of|on account of|as a (?:direct )?result of|(?:the|a) (?:direct )?"
    rf"result of|{word_alternation(_PARTICIPLES)}\s+(?:(?:on|upon|onto|into|out of|from)\s+"
    rf"(?:the |a |an |its |their |his |her )?[\w’'-]+\s+)?{_ADVERB}*by|not by(?=[^.;]*\bbut\s+by\b)|not of|"
    rf"made\s+{_ADVERB}*worse\s+{_ADVERB}*by|"
    r"(?:is|are|was|were|(?:could|may|might|must|would|will) (?:also )?be) (?:\w+ly )?down to|"
    r"attribut\w*(?:\s+[\w’'-]+){0,6}?\s+to|put(?:s|ting)?(?:\s+[\w’'-]+){0,6}?\s+down to|"
    r"in the (?:immediate )?wake of|on the back of|amid(?:st)?|in response to|"
    r"point(?:s|ed|ing)? the finger (?:of blame )?at|"
    rf"{word_alternation(_ORIGIN_FORMS)}\s+{_ADVERB}*from|"
    r"blam\w*(?:\s+[\w’'-]+){0,5}?\s+on|but (?:rather |instead )?by|(?:the|a) (?:\w+ )?(?:reality|consequence|"
    r"consequences|symptom|sign|effects?|product|legacy) of|linked to|thanks to|"
    r"(?:trying|attempting|tried|try|desperate) to (?:escape|flee|avoid|get away from)|"
    r"traced (?:back )?to|(?:came|come|comes|coming|originated|originates) (?:\w+ly )?from|"
    r"flee(?:ing)?|escap(?:e|ing) from|because"
)
# Every cue starts with one of these words (or word beginnings); checking them first lets
# the engine skip most positions at once.
_CUE_WORDS = word_alternation(
    {
        *"due owing because on as the a not is are was were but linked thanks trying "
        "attempting tried try desperate flee fleeing put puts putting amid amidst traced "
        "came come comes coming originated originates in point points pointed pointing".split(),
        *(form.split()[0] for form in (*_PARTICIPLES, *_ORIGIN_FORMS)),
    }
)
_CUE_PREFIXES = word_alternation(["attribut", "blam", "escap", "in the wake", "in the immediate"])
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
    r"\b(?=has|had|follow|comes|came)(?P<cue>(?:(?:has|had)\s+)?(?:follows|followed)|comes after|came after)\s+",
    re.IGNORECASE,
)
_FOLLOWS_EVENT = re.compile(
    r"\b(?:decision|move|closure|cuts?|announcement|resignation|ban|shutdown|job losses|"
    r"layoffs|sacking|departure|collapse|rise|fall|drop|decline|increase|strike|protest|"
    r"change|u-turn|reversal|delay|recall|warning|outbreak|fine|charges?|arrests?|"
    r"\w+(?:tion|sion|ment)s?)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_NO_OBJECT = re.compile(
    r"\s*(?:$|[.,;:!?)\"”]|(?:by|to|from|in|on|at|over|since|during|sharply|slightly|"
    r"because|after|as|when|until|unless|following|amid|and|but|or|for|down|owing|due|"
    r"thanks|despite|with|without|if|while|temporarily|permanently|near|outside|inside|into|"
    r"onto|off|across|through|along|past|beside|behind|under|around|shortly|just|"
    r"significantly|steadily|again|schedule|target|time)\b|[\d£$€]|\w+ly\b)",
    re.IGNORECASE,
)
# A number that counts the object is an object ("had killed at least 30 puppies", "cut 200
# jobs"); a bare change ("rose 5%", "increased by a third", "fell 3 points") is none.
_QUANTITY_OBJECT = re.compile(
    r"\s*(?:(?:at least|at most|more than|fewer than|less than|up to|nearly|almost|about|"
    r"around|some|over|an estimated|hundreds of|thousands of|dozens of)\s+)?"
    r"(?:\d[\d,]*|hundreds|thousands|dozens)\s+(?!(?:per\s*cent|percent|points?|times|fold|"
    r"years?|months?|weeks?|days?|hours?|minutes?|seconds?|million|billion|m|bn|pc|"
    r"percentage)\b)(?:[\w-]+\s+)?[a-z][\w-]*",
    re.IGNORECASE,
)


def _no_object(text: str, position: int, limit: int) -> bool:
    """Whether a verb at ``position`` stands without an object."""
    return (
        _NO_OBJECT.match(text, position, limit) is not None
        and _QUANTITY_OBJECT.match(text, position, limit) is None
    )


# Nouns that deny a claim: "no evidence (that) X caused Y".
_NO_EVIDENCE = r"no (?:evidence|proof|sign|indication|suggestion)"
# Denying the clause that follows: "denied that the heat caused the deaths".
_DENIAL = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?\s+(?:the\s+)?(?:claims?|suggestions?|"
    r"idea|allegations?)|dismiss(?:es|ed|ing)?\s+(?:the\s+)?(?:claims?|suggestions?|idea)|"
    rf"{_NO_EVIDENCE}(?:\s+(?:at this stage|so far|yet|at all|"
    r"whatsoever))?|nothing to (?:suggest|show|indicate))(?:\s+that)?\s*$",
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
# "its equipment was to blame", "the drivers were not at fault": the subject is the cause.
# Also "X was responsible for Y", "X was a factor", "X played a part", "X had nothing to
# do with Y".
# Nouns of an outcome or a harm: what a cause is said to be responsible for.
_OUTCOME_NOUNS = (
    r"collapse|deaths?|damage|fires?|blaze|flood(?:s|ing)?|outbreaks?|crash(?:es)?|"
    r"accidents?|failures?|delays?|loss(?:es)?|fall|drop|declines?|slide|slump|rise|increase|"
    r"surge|spike|problems?|crisis|shortages?|closures?|cuts|spills?|leaks?|pollution|"
    r"contamination|injur(?:y|ies)|disruption|errors?|mistakes?|breach(?:es)?|attacks?|"
    r"incidents?|blackouts?|outages?|cancellations?|overspend|deficit|debts?|illness(?:es)?|"
    r"poisoning|chaos|disaster|tragedy|collisions?|derailment|explosions?|defeats?|emissions|"
    r"spread|deterioration|backlog|queues|congestion|death toll|casualties|harm|bloom|"
    r"fish kill|die-off|job losses|layoffs|redundancies|admissions|hospitali[sz]ations|cases|"
    r"infections|complaints|absences|fatalities|flooding"
)
# "responsible for" names a cause only before an outcome or harm ("responsible for the
# collapse", "for 40 deaths"), not before a duty ("responsible for enforcement").
_RESPONSIBLE_FOR = (
    r"(?:(?:the|a|an|this|that|these|those|its|their|his|her|much of the|most of the|some of "
    r"the|part of the|all of the|at least|more than|about|around|nearly|almost|over)\s+)*"
    r"(?:[\d,.%]+\s+(?:per\s*cent\s+of\s+(?:the\s+)?)?)?(?:[\w’'-]+\s+){0,3}?"
    rf"(?:{_OUTCOME_NOUNS})\b"
)
_TO_BLAME = re.compile(
    rf"\b(?=was|were|is|are|had|has|have|could|may|might|must|would|play|did|do)(?P<verb>"
    r"(?:(?:was|were|is|are|(?:had|has|have)\s+(?:also\s+)?been|(?:could|may|might|must|"
    r"would) (?:not )?(?:also )?(?:be|have been))\s+(?:(?:(?:un)?likely to be|expected to be|not|partly|largely|mainly|entirely|solely|also|"
    r"ultimately|chiefly|wholly|in part|at least partly|never|only|just|even|probably|"
    rf"certainly|clearly|directly)\s+)*(?:to blame|at fault|responsible(?=\s+for\s+{_RESPONSIBLE_FOR}|\s*[.,;]|\s+(?:but|and)\b)|"
    r"(?:a|an|one|the)\s+(?:[\w-]+\s+){0,2}?(?:factor|culprit|contributor|contributory factor)))|"
    r"(?:(?:has|have|had|(?:may|might|could|must|would|will|can)(?:\s+also)?(?:\s+have)?)\s+)?"
    r"(?:also\s+|not\s+)?"
    r"(?:play(?:s|ed)?|playing)\s+(?:a|an|no|any)\s+(?:[\w-]+\s+)?(?:part|role)(?=\s+in\b|\s*[.,;])|"
    r"(?:had|has|have|did|does|do)\s+(?:nothing|little)\s+to\s+do\s+with|"
    # "an electrical fault had been ruled out as the cause"
    r"(?:was|were|is|are|has been|had been|have been)\s+ruled out\s+as\s+(?:a|the|one)\s+"
    r"(?:[\w-]+\s+)?(?:cause|factor|reason|culprit|source)|"
    # "the cold snap has been blamed for a spike in burst pipes", "X is at the root of Y"
    r"(?:was|were|is|are|has been|have been|had been|being)\s+(?:\w+ly\s+)?(?:also\s+)?"
    r"(?:(?:widely|partly|largely)\s+)?blamed\s+for|"
    r"(?:was|were|is|are|lies|lay|lie)\s+(?:also\s+)?at the (?:root|heart) of"
    r"(?=\s+(?:the|this|that|these|its|their|a|an)?\s*(?:[\w-]+\s+)?(?:problems?|crisis|"
    r"failures?|collapse|decline|trouble|shortages?|delays?|deaths?|outbreak|dispute)\b))\b",
    re.IGNORECASE,
)
_CUE_AFTER_LC = re.compile(_CUE_AFTER.pattern)
_FOLLOWS_LC = re.compile(_FOLLOWS.pattern)
_CAUSAL_VERBS_LC = re.compile(_CAUSAL_VERBS.pattern)
_TO_BLAME_LC = re.compile(_TO_BLAME.pattern)
_BLAME_FOR_LC = re.compile(_BLAME_FOR.pattern)
# Where a cause phrase's head noun phrase ends: a time or place modifier ("a power cut
# during last week's storms" is a power cut, not a storm).
_HEAD_END = re.compile(
    r"\s+(?:during|since|near|across|around|amid|amidst|following|throughout|after|before|within|"
    r"on top of|over the (?:past|last)|earlier|last|this|overnight|yesterday|today|tonight|"
    r"(?:put|set|[a-z]+ed)\s+(?:in place|by|after|since)\b)\b",
    re.IGNORECASE,
)
# A point or comma between digits ("£1.2m", "4,300") is part of the number.
_NP_END = re.compile(
    r"(?<!\d)[,.]|[,.](?!\d)|[;:!?—–()\"“”]|\s(?:that|which|who|when|while|where|but|so|because|as|if|than|is|are|"
    r"was|were|will|would|could|has|have|had|can|may|might|to|rather|instead|after)\s",
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
        ("heavy rain", r"heavy rain|rainfall|downpours?|\brain\b|deluge"),
        ("drought", r"drought|lack of rain"),
        ("poor drainage", r"drain\w*|sewers?"),
        ("budget cuts", r"budget cuts|austerity"),
        ("pollution", r"pollut\w*"),
        ("human activity", r"human (?:activity|intrusion|development|disturbance)"),
    )
]
_ATTACK = re.compile(
    r"^(?:(?P<agent>[\w -]+?) (?:attacks?|threat|predation)|"
    r"(?:attacks?|predation) by (?P<by>[\w -]+))$",
    re.IGNORECASE,
)
_DROP_WORDS = re.compile(
    r"^(?:(?:(?:one|two|three|four|five|six|some|many|all|most|several|both|each|none|parts?)"
    r" of|a|an|the|their|its|his|her|our|own|this|that|these|those|some|combination of|"
    r"mix of|both|three|two|several|many|much|any|every|each|"
    r"(?:days|weeks|months|years|decades) of)\s+)+",
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
    r"into|across|near|amid|because|due|until|now|then|there|here|so|too|very)$)"
    r"[a-z][a-z’'-]*(?<!ly)(?<!ed)(?<!ing)"
)


def cause_label(phrase: str) -> str:
    """A short canonical label for a cause phrase, by general synonym rules.

    Only the head noun phrase is labelled (a time or place modifier is cut first), and a
    synonym rule applies only when it matches that head; otherwise the label is the head
    itself, close to the text."""
    phrase = _HEAD_END.split(phrase, maxsplit=1)[0]
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
    core = re.sub(r"\s+(?:in|on|at|during|since|over|for)\s+(?:\d{4}|the \w+|\w+)$", "", phrase)
    core = _DROP_WORDS.sub("", core.strip()).strip()
    core = re.sub(r"^[\w’']+(?:’s|'s)\s+(?:own\s+)?", "", core)
    attack = _ATTACK.match(core)
    if attack:
        agent = _DROP_WORDS.sub("", attack.group("agent") or attack.group("by") or "").strip()
        return agent if agent.endswith("s") else f"{agent}s"
    linked = re.split(
        r"\b(?:failure|refusal) to\s+(?!(?:its|their|his|her|the|a|an|"
        r"our|new)\b)",
        core,
    )
    core = _DROP_WORDS.sub("", linked[-1]).strip()
    core = (
        re.sub(r"\s+(?:during|since|after|before|within|last|this|earlier)\b.*$", "", core) or core
    )
    core = re.sub(
        r"\s+(?:by|to|from)\s+(?:almost\s+|nearly\s+|about\s+|around\s+|more than\s+|over\s+)?"
        r"[\d£$€].*$",
        "",
        core,
    )  # "ticket prices rising by almost 30 per cent" -> "ticket prices rising"
    words = core.split()
    kept = words[:5]
    while len(words) > len(kept) < 8 and _NP_GOES_ON.fullmatch(words[len(kept)]):
        kept.append(words[len(kept)])  # "lack of places in care homes": finish the phrase
    if len(words) > 5 and any(w.lower() in _TO_NOUNS for w in words[:3]) and "to" in words[:4]:
        kept = words[:10]  # "the council's decision to close the Brook Street day centre"
    if len(words) > 6 and words[4].lower() in _MEASURE_NOUNS and words[5].lower() == "of":
        kept = words[:7]  # "a sharp increase in the number of riders": the measure's complement
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
        after = text[end_match.end() : limit].split()[:2]
        if (
            end_match.group() == ","
            and _ADJECTIVE.fullmatch(" ".join(before) or "x")
            and len(after) == 2
            and _ADJECTIVE.fullmatch(after[0])
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
    for piece in re.split(r"\s+and\s+|,\s+", text[cursor:end]):
        index = text.find(piece, cursor, end)
        left = text[parts[-1][0] : parts[-1][1]] if parts else ""
        comma = parts and text[parts[-1][1] : index].strip() == ","
        joined = parts and text[parts[-1][1] : index].strip().lower() == "and"
        if parts and (
            _modifier_only(left, piece)
            or (joined and _shared_head(left, piece))
            or (
                comma
                and _ADJECTIVE.fullmatch(left)
                and len(piece.split()) >= 2
                and _ADJECTIVE.fullmatch(piece.split()[0])
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
    "major minor extreme severe rising falling growing".split()
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
    r"not\s+(?:known|clear|certain|sure)|(?:haven|hasn|hadn)[’']t\s+(?:yet|got))\b",
    re.IGNORECASE,
)


def _possibility_not_yet(text: str, sentence: Span, cue_start: int) -> bool:
    """A modal of possibility in the claim's clause, then ", but" + a not-yet clause."""
    but = _BUT.search(text, cue_start, sentence.end)
    if but is None:
        return False
    scope = _scope_start(text, sentence, cue_start)
    return bool(
        _POSSIBILITY.search(text, scope, but.start())
        and _NOT_YET.search(text, but.end(), sentence.end)
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


def find_causes(
    article: Article, speaker_of: dict[int, str | None] | None = None
) -> list[CauseClaim]:
    """Every cause claim in the body; ``speaker_of(pos)`` maps a position to its source."""
    text = article.text
    lowered = text.lower()
    folded = lowered if len(lowered) == len(text) else None
    found: list[CauseClaim] = []
    headlines = [Span(p.start, p.end) for p in article.paragraphs if p.kind == HEADLINE]
    for paragraph in (*headlines, *body_spans(article)):  # a headline frames causes too
        for sentence in sentences(text, paragraph.start, paragraph.end):
            found.extend(_in_sentence(text, sentence, folded))
        found.extend(_it_is_claims(text, paragraph))
    found.sort(key=lambda c: c.start)
    return found


# Harms whose origin is their cause: "the bacteria came from contaminated fish".
_HARM_BEFORE = re.compile(
    r"\b(?:bacteria|bacterium|virus|infections?|outbreak|contamination|pollution|leaks?|"
    r"smells?|odou?rs?|fumes|smoke|fires?|blaze|damp|mould|water|sewage|noise|problems?|"
    r"faults?|illness|disease|e\.\s?coli|salmonella|listeria|toxins?|chemicals?|spill|oil|"
    r"flooding|floodwater|cracks?|damage|debris|pests?|rats|complaints)\b"
    r"(?:\s+[\w’'-]+){0,4}?\s+(?:had\s+|have\s+|has\s+|probably\s+|likely\s+|may\s+have\s+|"
    r"might\s+have\s+|could\s+have\s+|all\s+)?(?:not\s+|never\s+)?$",
    re.IGNORECASE,
)


# A bare past form is a participle, not a finite verb, after these ("was halted", "the
# damaged streets", "who toured ...") or after a subject holding a verb.
_NOT_SUBJECT_END = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|being|has|have|had|get|gets|got|getting|who|which|that|"
    r"the|a|an|of|from|with|by|in|on|at|to|for|and|or|not|recently|newly|badly|freshly)|[,(])\s*$",
    re.IGNORECASE,
)
_VERB_INSIDE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|’re|'re|has|have|had)\b", re.IGNORECASE
)


_BE_INSIDE = re.compile(r"\b(?:is|are|was|were)\b", re.IGNORECASE)


def _finite_after_subject(text: str, start: int, end: int, verb_start: int) -> bool:
    """Whether a bare past form at ``verb_start`` is the finite verb of the subject
    ``text[start:end]`` ("High winds brought down ...") rather than a participle."""
    subject = text[start:end]
    return (
        end > start
        and not text[end:verb_start].strip()
        and not _NOT_SUBJECT_END.search(text, max(0, verb_start - 30), verb_start)
        and not _VERB_INSIDE.search(subject)
    )


def _in_sentence(text: str, sentence: Span, folded: str | None = None) -> list[CauseClaim]:
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
        if re.search(r"\bon\b", text[start:end]):
            continue  # "blamed X on Y ... for decades": the "on" cue has it
        negated = _negated(
            text, sentence, blame.start(), text[blame.start("cue") : blame.end("cue")]
        )
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
                        text[blame.start("cue") : blame.end("cue")],
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
        if cue_text.lower().startswith(("came", "come", "orig")) and not _HARM_BEFORE.search(
            text, max(sentence.start, cue.start() - 70), cue.start()
        ):
            continue  # "the money came from donations": an origin, not a cause
        if cue_text.lower().startswith("not of") and not any(c.start < cue.start() for c in claims):
            continue  # "not of" is a cue only after one: "the result of X, not of Y"
        negated = _negated(text, sentence, cue.start(), cue_text)
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
                CauseClaim(
                    None,
                    label,
                    negated,
                    text[span_start:end],
                    span_start,
                    end,
                    cue_text,
                    weak=cue_text.lower().startswith("amid"),
                )
            )
    for verb in verbs.finditer(scan, sentence.start, sentence.end):
        verb_text = text[verb.start() : verb.end()]
        # "X, not Y, were driving ...": the "not" denies Y only; X is the cause put.
        before = scan[sentence.start : verb.start()]
        alternative = (
            _ALTERNATIVE_BEFORE.search(text, sentence.start, verb.start())
            if " not " in before or " rather " in before or " instead " in before
            else None
        )
        subject_end = verb.start() if alternative is None else alternative.start()
        start, end = _subject_phrase(text, sentence.start, subject_end)
        if start >= end:
            start, end = _coordinated_subject(text, sentence.start, subject_end)
        if any(c.start <= start < c.end for c in claims):
            continue
        object_end = _clause_end(text, verb.end(), sentence.end)
        negated = _negated(text, sentence, subject_end, verb_text) or bool(
            re.search(r"\bnot\b", verb_text, re.IGNORECASE)
        )
        plain_verb = re.sub(r"\s+", " ", verb_text)
        lemma = _lemma(plain_verb)
        if re.search(r"\b(?:which|who)\s*$", text[start:end], re.IGNORECASE):
            continue  # "..., which meant ...": the antecedent is not read here
        strong = (
            (lemma in _STRONG_LEMMAS or _MODAL_HAVE.match(plain_verb))
            and not re.match(r"\s+by\b", text[verb.end() :])
            and not re.search(r"\b(?:is|are|was|were|be|been|being)\s*$", text[start:end])
            and not (lemma in _NEEDS_OBJECT_LEMMAS and _no_object(text, verb.end(), sentence.end))
        )
        bare_impact = plain_verb.lower() in _BARE_IMPACT and _finite_after_subject(
            text, start, end, verb.start()
        )
        impact = (
            not strong
            and lemma in _IMPACT_LEMMAS
            and not re.match(r"\s+by\b", text[verb.end() :])
            and not _no_object(text, verb.end(), sentence.end)
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
        if lemma in _ACTION_LEMMAS and _agent(text[start:end]):
            continue  # "chip shops have raised prices": an actor acting, not a cause
        for part_start, part_end in _split_parts(text, start, end):
            subject = text[part_start:part_end]
            if _BE_INSIDE.search(subject):
                continue  # "were the most likely trigger": a noun read as a verb
            if _known(text, part_start, part_end) is None and not (
                (strong and _plausible_subject(subject))
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
        start, end = _subject_phrase(text, sentence.start, blame.start())
        if not _plausible_subject(text[start:end], 10) or any(
            c.start <= start < c.end for c in claims
        ):
            continue
        verb_group = text[blame.start("verb") : blame.end("verb")]
        if re.search(r"\bpla\w+\b", verb_group) and _agent(text[start:end]):
            continue  # "the mayor played a key role in ...": an actor, not a cause
        negated = _negated(text, sentence, blame.start(), verb_group) or bool(
            re.search(r"\b(?:not|nothing|never|no|little|ruled out)\b", verb_group, re.IGNORECASE)
        )
        if verb_group.lower().endswith("to do with"):
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
    claims.extend(_more_shapes(text, sentence, scan, claims))
    claims.extend(_blame_and_as(text, sentence, scan, claims))
    claims.extend(_not_instead(text, sentence, claims))
    if any(
        word in scan[sentence.start : sentence.end]
        for word in ("reason", "cause", "explanation", "driver", "trigger", "culprit", " what ")
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


def _effect_first(
    text: str, sentence: Span, start: int, end: int, cue_end: int
) -> tuple[int, int] | None:
    """For "X had nothing to do with Y": Y's span when X names the outcome and Y does not."""
    if not _OUTCOME_END.search(text, start, end):
        return None
    phrases = _cause_phrases(text, cue_end, sentence.end)
    if not phrases or _OUTCOME_END.search(text, *phrases[0]):
        return None
    return phrases[0][0], phrases[-1][1]


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
    r"\bblam(?:e|es|ed|ing)\s+(?!(?:on|for|it|him|her|them|me|us|himself|herself|themselves|"
    r"the\s+(?:government|council|company|club|board|minister|mayor|police))\b)",
    re.IGNORECASE,
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
    text: str, sentence: Span, scan: str, claims: list[CauseClaim]
) -> list[CauseClaim]:
    found: list[CauseClaim] = []

    def taken(position: int) -> bool:
        return any(c.start <= position < c.end for c in (*claims, *found))

    if "blam" in scan[sentence.start : sentence.end]:
        for match in _BLAME_BARE.finditer(scan, sentence.start, sentence.end):
            if taken(match.start()) or taken(match.end()):
                continue
            phrases = _cause_phrases(text, match.end(), sentence.end)
            if not phrases:
                continue
            rest = text[phrases[-1][1] : min(sentence.end, phrases[-1][1] + 60)]
            if re.match(r"[^.;]*?\b(?:on|for)\b", rest):
                continue  # "blamed X ... on Y": the other cues read it
            negated = _negated(text, sentence, match.start(), match.group())
            for index, (start, end) in enumerate(phrases):
                made = _claim(text, start, end, start if index else match.start(), negated, "blame")
                if made is not None:
                    found.append(made)
    if " as " in scan[sentence.start : sentence.end]:
        for match in _AS_CLAUSE.finditer(scan, sentence.start, sentence.end):
            scope = _scope_start(text, sentence, match.start())
            if taken(match.end()) or not _CHANGE_BEFORE_AS.search(
                scan, max(scope, match.start() - 90), match.start()
            ):
                continue
            close = _clause_end(text, match.end(), sentence.end)
            close = min(close, _comma_end(text, match.end(), close))
            finite = _FINITE.match(scan, match.end(), close)
            if finite is None or _SAYING.search(finite.group("verb")):
                continue
            subject = text[match.end() : finite.start("verb")]
            if not _plausible_subject(subject, 5):
                continue
            negated = _negated(text, sentence, match.start(), "as")
            made = _claim(text, match.end(), close, match.start(), negated, "as")
            if made is not None:
                made.cause = _clause_label(text[match.end() : close])
                found.append(made)
    return found


def _clause_label(clause: str) -> str:
    """A clause as a label: its first five words, without articles ("carmakers switched
    to electric models")."""
    words = _DROP_WORDS.sub("", clause.strip()).split()[:5]
    while len(words) > 1 and words[-1].lower() in _DANGLING:
        words.pop()
    return " ".join(words).lower()


def _cue_position(text: str, claim: CauseClaim) -> int:
    """Where a claim's cue stands (after its subject for "X had made Y ...")."""
    found = text.find(claim.cue, claim.start, claim.end)
    return found if found >= 0 else claim.start


_PLAIN_RESULTS = {
    "poor", "weak", "sick", "ill", "ready", "slow", "hard", "cheap", "dear", "late", "safe",
    "dangerous", "useless", "worthless", "obsolete", "vulnerable", "homeless", "redundant",
    "bankrupt", "insolvent", "scarce", "rare", "empty", "idle", "unviable",
}  # fmt: skip
# "make" is causal with a result complement ("had made parents more hesitant", "made it
# harder to ..."), not in "would make different products".
_MAKE_RESULT = re.compile(
    r"\s+(?:[\w’'-]+\s+){1,3}?(?:an?|the)\s+(?:[\w-]+\s+)?(?:target|risk|problem|hazard|"
    r"liability|burden|nightmare|struggle|danger|magnet)\b|"
    r"\s+(?:[\w’'-]+\s+){0,3}?(?:(?:more|less)(?!\s+than\b)|worse|better|impossible|possible|harder|easier|"
    r"difficult|unable|likely|unlikely|unaffordable|unsafe|\w+er)\b|"
    # any adjective by its shape ("made several rural routes unprofitable", "made the
    # town unattractive"), standing as the result: before a clause end or "to/for/and".
    r"\s+(?:[\w’'-]+\s+){1,4}?(?:un[a-z]{3,}|[a-z]+(?:able|ible|ful|less|ous|ive|ical|ant|ent|"
    r"ary|ic|ish|al)|" + "|".join(sorted(_PLAIN_RESULTS)) + r")"
    r"(?=\s*(?:[.,;:!?)\"”]|$)|\s+(?:to|for|and|or|by|than|in|at|with)\b)"
)
# "had put her under enormous pressure", "put jobs at risk".
_PUT_RESULT = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,3}?(?:under|at risk|in danger|in jeopardy|out of|off|(?:strain|pressure|"
    r"stress|burden)s?\s+on)\b"
)
# A state a thing is left in: "had left the service in crisis", "left the pier in ruins".
_IN_STATE = (
    r"in (?:crisis|chaos|ruins?|disarray|turmoil|tatters|limbo|trouble|danger|debt|the red|"
    r"a (?:poor|bad|dire|terrible|critical|perilous|parlous|fragile) state)"
)
# "would leave children with nowhere to train", "left families with no heating".
_WITH_NOTHING = r"with (?:nowhere|nothing|no|little|few|hardly any)"
# "leave" likewise: "would leave residents breathing dirty air", "left them months behind".
_LEAVE_RESULT = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,5}?[\w’'-]+(?:,[^,]{3,80},)?\s+(?:[\w-]+ing|[a-z]{3,}ed|too\s+[a-z]+|without|unable|behind|short|exposed|vulnerable|"
    rf"stranded|homeless|worse off|out of|facing|struggling|{_IN_STATE}|{_WITH_NOTHING})\b"
)
# "give" harms with an illness or a shock as its second object ("had given her son
# asthma"), not in "gave residents a leaflet".
_ILLNESS = (
    r"asthma|cancer|diabetes|dementia|pneumonia|bronchitis|eczema|headaches?|migraines?|"
    r"nightmares|anxiety|depression|stress|insomnia|food poisoning|sickness|diarrhoea|"
    r"[a-z]+itis|(?:a|an)\s+(?:[\w-]+\s+)?(?:infection|disease|illness|condition|cough|rash|"
    r"fever|headache|scare|shock|fright|injury|allergy)"
)
_GIVE_RESULT = re.compile(rf"\s+(?:[\w’'-]+\s+){{1,4}}?(?:{_ILLNESS})\b")
# "keep" and "stop"/"prevent" with what is kept from happening: "had kept pupils at home",
# "stopped boats from sailing", "prevented crews reaching the fire".
_KEEP_RESULT = re.compile(
    r"\s+(?:[\w’'-]+\s+){1,5}?(?:from|away|out|off|indoors|inside|at home|at bay|awake|"
    r"closed|shut|waiting|locked)\b"
)
_STOP_RESULT = re.compile(r"\s+(?:[\w’'-]+\s+){1,5}?(?:from|[a-z]+ing)\b")
# "sent prices soaring", "sent the firm into administration".
_SEND_RESULT = re.compile(
    r"\s+(?:[\w’'-]+\s+){1,4}?(?:soaring|rocketing|spiralling|spiraling|plunging|"
    r"plummeting|tumbling|falling|into|to hospital|packing|flying|reeling)\b"
)
# "cost" as a loss to someone ("had cost some shops a day's takings", "cost 200 jobs"), not
# a price ("the repairs would cost £40,000").
_COST_RESULT = re.compile(
    r"\s+(?!(?:(?:about|around|an estimated|more than|nearly|almost|up to|at least|over|under|"
    r"roughly|some)\s+)?(?:[£$€]|\d[\d,.]*\s*(?:m|bn|k|p|million|billion|pounds|dollars|euros|"
    r"per\s*cent)\b|\d[\d,.]*(?:%|\s*[.,;]|\s*$)))"
)
_RESULT_NEEDED = {
    "make": _MAKE_RESULT, "leave": _LEAVE_RESULT, "put": _PUT_RESULT, "give": _GIVE_RESULT,
    "keep": _KEEP_RESULT, "stop": _STOP_RESULT, "prevent": _STOP_RESULT,
    "send": _SEND_RESULT, "cost": _COST_RESULT,
}  # fmt: skip
_ANY_AUXILIARY = re.compile(
    r"(?:has|have|had|was|were|is|are|can|could|may|might|will|would|must)\b", re.IGNORECASE
)
# Heads of noun phrases that name someone acting, not a cause: "the council had cut
# fees" reports an action, "the cuts had forced closures" a cause.
_AGENT_HEADS = re.compile(
    r"\b(?:council|councils|government|governments|ministers?|minister|company|companies|"
    r"firm|firms|club|clubs|board|department|authority|authorities|agency|union|unions|"
    r"police|officials?|officers?|managers?|owners?|staff|workers|people|residents|team|"
    r"teams|players?|group|groups|court|judge|bank|banks|operator|trust|service|"
    r"committee|chief|executive|spokes\w+|mayor|president|party|parties|campaigners|"
    r"researchers|scientists|doctors|nurses|teachers|students|parents|drivers|farmers|"
    r"shops?|stores?|retailers?|supermarkets?|bakeries|bakery|bakers|cafes?|restaurants?|"
    r"pubs?|airlines?|landlords?|providers?|suppliers?|businesses|business|traders?|"
    r"manufacturers?|producers?|growers?|employers?|operators|schools?|hospitals?|"
    r"universities|university|libraries|library|charity|charities|insurers?|lenders?|"
    r"he|she|they|we|i|you|it|who|which)$",
    re.IGNORECASE,
)


# Verbs of a decision as well as of a cause: with a person or organisation as subject
# ("chip shops have raised prices after a poor harvest") the subject is the actor, and a
# reason, if any, is given elsewhere ("after X").
_ACTION_LEMMAS = {
    "raise", "cut", "increase", "reduce", "push up", "drive up", "push down",
    "halve", "double", "treble", "triple",
}  # fmt: skip


_NAMED_EVENT = re.compile(
    r"(?:the\s+)?(?:storm|hurricane|typhoon|cyclone|tropical storm|covid|covid-19|brexit)\b",
    re.IGNORECASE,
)


_CALENDAR = re.compile(
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter"
)


def _agent(phrase: str) -> bool:
    """Whether a subject names an agent (a person, body or proper name) rather than a
    cause: the head is a person or organisation word, or every word is capitalised."""
    head = re.split(r"\s+(?:of|in|on|at|to|from|for|with|by|near|across)\s+", phrase.strip())[0]
    words = head.split()
    if not words:
        return True
    if _AGENT_HEADS.search(words[-1]):
        return True
    if _NAMED_EVENT.match(head.strip()):
        return False  # "Storm Edda", "Hurricane Ida": events with names
    # A proper name heads it: "Packaging maker Corbell", "Linkwave", "the Tenants' Union".
    return len(words) > 1 and words[-1][:1].isupper() and not _CALENDAR.fullmatch(words[-1])


def _plausible_subject(phrase: str, longest: int = 8) -> bool:
    """A noun phrase that can be a cause: a few words, not a pronoun or a relative word,
    nor a verb phrase ("burned for three days")."""
    words = phrase.split()
    return (
        0 < len(words) <= longest
        and not re.match(r"[a-z]+ed\s+(?:for|by|in|on|at|to|from|with|into|across)\b", phrase)
        and words[-1].lower() not in {"also", "still", "even", "already"}
        and words[0].lower() not in _PLACEHOLDERS | {"he", "she", "they", "we", "i", "you"}
        and not re.search(r"[\"“”]", phrase)
    )


# Where the subject of a causal verb starts: after a clause opener or a verb of saying
# ("Officials said a burst main led to ...").
# Verbs of saying (the attribution finder's list) and of thinking, in every form: what
# follows them is a reported clause.
_THINKING_LEMMAS = (
    "think", "fear", "accept", "agree", "complain", "find", "show", "report", "reckon",
    "feel", "know", "tell", "concede",
)  # fmt: skip
_SAYING_FORMS = {*SPEECH_VERBS, *_all_forms(_THINKING_LEMMAS, ("base", "s", "past", "pp"))}
# Forms that are as often nouns ("fears of flooding", "the state pension", "a product
# recall") or that do not report ("blamed X for Y" has its own cue, "continued to rise").
_NOUN_LIKE = set(
    "estimated report reports state note fear fears estimate estimates show shows stress stresses "
    "find finds feel feels know knows felt shown known blame blames blamed continued continues "
    "recalled recalls counters".split()
)
_SUBJECT_OPENER = re.compile(
    r"[;:—]|(?<!\bof )\bthat\b|\b(?:how|when|while|as|because|whether|if|and|after|before|"
    rf"since|until|once|although|though|unless|{_NO_EVIDENCE}|"
    + word_alternation(sorted(_SAYING_FORMS - _NOUN_LIKE))
    + r")\b|,(?=[^,]*\b(?:is|are|was|were)\b)"
)


# A relative clause inside a subject: "a hamstring injury that kept her out ... had put".
_RELATIVE_VERB = re.compile(
    r"\s*(?:[a-z]+ed|kept|spread|left|put|made|hit|cost|took|ran|came|went|began|broke|"
    r"swept|tore|struck|sent|brought|has|have|had|was|were|is|are|will|would|could|can)\b"
)
_VERB_IN_HEAD = re.compile(
    r"\b(?:is|are|was|were|has|have|had|be|been|will|would|so|such|said|says)\b|[,;]"
)


# A comma-bounded reason aside closing a subject: "a drop in school bookings, following
# changes to the curriculum, had reduced income" (the subject is the head before it, and
# the aside is a second cause of the same outcome).
_REASON_ASIDE = re.compile(
    r",\s+(?P<cue>following|after|amid|because of|due to|owing to)\s+(?P<cause>[^,]{3,80}),?\s*$",
    re.IGNORECASE,
)


# "The new rules are likely to push up rents": the subject stands before the predicate.
_RAISING = re.compile(
    r"\s+(?:is|are|was|were|seems?|seemed|appears?|appeared)\s+(?:\w+ly\s+)?(?:not\s+)?"
    r"(?:likely|unlikely|expected|set|due|going|bound|certain|thought|believed|said|feared|"
    r"predicted|forecast|understood|known)\s+to\s*(?:have\s+)?$",
    re.IGNORECASE,
)


# A relative aside closing a subject, and a purpose infinitive ending one.
_WHICH_ASIDE = re.compile(r",\s+(?:which|who|whose|where)\b[^;]{2,100}?,\s*$", re.IGNORECASE)
_PURPOSE = re.compile(
    r"(?P<noun>[\w’'-]+)\s+(?:in order\s+)?to\s+(?!be\b|have\b)[a-z]+\b(?:\s+[\w’'-]+){0,5}\s*$"
)


def _subject_phrase(text: str, sentence_start: int, verb_start: int) -> tuple[int, int]:
    """The words before a causal verb back to a clause opener (a list may hold commas);
    a subject with a relative clause is its noun phrase ("a hamstring injury that kept
    her out for months had put her ..." is "a hamstring injury")."""
    raising = _RAISING.search(text, sentence_start, verb_start)
    if raising:
        verb_start = raising.start()
    aside = _WHICH_ASIDE.search(text, sentence_start, verb_start)
    if aside:  # "weeks of heavy rain, which had saturated the cliff, were ..."
        verb_start = aside.start()
    before = text[sentence_start:verb_start]
    openers = list(_SUBJECT_OPENER.finditer(before))
    relative = next(
        (
            index
            for index in range(len(openers) - 1, -1, -1)
            if openers[index].group() == "that"
            and _RELATIVE_VERB.match(before, openers[index].end())
            and all(m.group() == "and" for m in openers[index + 1 :])
        ),
        None,
    )
    if relative is not None:  # "A landslip that dumped 4,000 tonnes of rock and soil ..."
        head_start = max((m.end() for m in openers[:relative]), default=0)
        head = before[head_start : openers[relative].start()]
        if 0 < len(head.split()) <= 6 and not _VERB_IN_HEAD.search(head):
            return trim(
                text,
                sentence_start + head_start,
                sentence_start + openers[relative].start(),
                ' ,;:—–-"“”‘’',
            )
    opener = max((m.end() for m in _SUBJECT_OPENER.finditer(before)), default=0)
    start, end = trim(text, sentence_start + opener, verb_start, ' ,;:—–-"“”‘’')
    adverbs = re.search(
        r"(?:\s+(?:also|still|even|already|further|then|only|\w+ly))+$", text[start:end]
    )
    if adverbs and adverbs.start() > 0:
        end = start + adverbs.start()  # "Pesticides also played a part"
    last = list(_SUBJECT_OPENER.finditer(before))
    if last and last[-1].group() == "and" and end > start:  # "X and Y had squeezed ..."
        earlier = max((m.end() for m in last[:-1]), default=0)
        left = before[earlier : last[-1].start()]
        if 0 < len(left.split()) <= 4 and not re.search(
            r"\b(?:is|are|was|were|has|have|had|will|would|be|been)\b|[,;]", left
        ):
            start = trim(text, sentence_start + earlier, end)[0]
    purpose = _PURPOSE.search(text, start, end)
    if (
        purpose
        and purpose.group("noun").lower() not in _TO_NOUNS
        and len(text[start : purpose.end("noun")].split()) >= 2
    ):
        end = purpose.end("noun")  # "the sale of three players last summer to pay off debts"
    reason = _REASON_ASIDE.search(text, start, end)
    if reason and 0 < len(text[start : reason.start()].split()) <= 8:
        return trim(text, start, reason.start())  # "a drop in X, following Y, had cut ..."
    aside = re.match(r"([^,]{3,60}),\s+[a-z]+(?:ed|en)\s+by\b[^,]*,?\s*$", text[start:end])
    if aside and len(text[start:end].split()) > 8:  # "delays, caused by X, meant ..."
        return trim(text, start, start + aside.end(1))
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


# A second verb sharing the subject of the first: "detergents strip the oils ... and
# could have killed fish" (the subject is "detergents").
_AND_BEFORE = re.compile(r"\band\s*$")
_FIRST_VERB = re.compile(
    r"\s+(?=(?:is|are|was|were|has|have|had|can|could|may|might|will|would|must|do|does|did)\b|"
    r"[a-z]+\s+(?:the|a|an|its|their|his|her|our|some|many|more|less|\d))"
)


def _coordinated_subject(text: str, sentence_start: int, verb_start: int) -> tuple[int, int]:
    """The subject of the clause a verb is coordinated into ("X does Y and could Z")."""
    if not _AND_BEFORE.search(text, max(sentence_start, verb_start - 8), verb_start):
        return verb_start, verb_start
    before = text[sentence_start:verb_start]
    and_at = before.rstrip().rfind("and")
    openers = [m for m in _SUBJECT_OPENER.finditer(before, 0, and_at) if m.group() != "and"]
    clause = openers[-1].end() if openers else 0
    first = _FIRST_VERB.search(before, clause, and_at)
    if first is None:
        return verb_start, verb_start
    start, end = trim(text, sentence_start + clause, sentence_start + first.start())
    if not _plausible_subject(text[start:end]) or len(text[start:end].split()) > 5:
        return verb_start, verb_start
    return start, end


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
    r"scrapped|withdrawn|recalled|delayed|banned|resigned|sacked|fired|paused|stopped|"
    r"called off|stood down|stepped down|jailed|fined|arrested|charged|dismissed|"
    r"suspend|halt|ground|close|cancel|postpone|scrap|recall|ban|resign|quit|"
    r"strike|strikes|striking|walkout|walked out|protest|protests|protested|row|rows|dispute|"
    r"sued|suing|sue|clashed|split|"
    r"left (?:without|with no|stranded|homeless|unable)|stranded|injured|killed|died|flooded|"
    r"taken to hospital|hospitali[sz]ed|treated in hospital|airlifted|rescued|hurt|"
    r"lost|happened|occurred|started|began|triggered|caused|sparked|broke out|"
    r"collapsed|fell ill|fallen ill|fell|fallen|rose|risen|delays|disruption|restrictions?|"
    r"closures?|cancellations|evacuations?|shortages?|"
    # nouns and verbs of change: "the closures were the only option after sales slowed"
    r"slowed|slumped|dropped|declined|surged|soared|plunged|rise|fall|drop|decline|increase|"
    r"cuts|layoffs|job losses|"
    # actions of people and organisations: "chip shops have raised prices after X"
    r"raised|cut|increased|reduced|hiked|slashed|axed|put up|introduced|announced|launched"
)
# "has been suspended after two of the aircraft crashed": an event, then a finite clause.
# (Found from "after"/"over" back to the event word: scanning every position for an event
# word costs more than the rest of the cause rules.)
_AFTER_EVENT = re.compile(r"\b(?:after|following|when)\s+")
_NEW_SUBORDINATE = re.compile(r"\s+(?:as|because|while|when|although|though|so that)\s+")
_AFTER_SAYING = re.compile(
    r"(?:admitt|plead|say|tell|announc|confirm|claim|insist|deny|deni|warn|agree|promis|"
    r"apologis|ask|vot)ing\b"
)
_EVENT_BEFORE_AFTER = re.compile(
    rf"\b(?:{_OUTCOMES})\b(?:\s+[\"“”]?[\w’'%£$€-]+(?:[.,]\d+)?[\"“”]?){{0,8}}?\s+"
    r"(?:shortly\s+|days\s+|hours\s+|weeks\s+)?$"
)
# "after" + a noun phrase that names a time, not an event: "after two years", "after the
# match", "after dark".
_AFTER_TIME = re.compile(
    r"(?:(?:a|an|the|its|their|his|her|this|that|last|next)\s+)?(?:first|second|third|last|"
    r"final|next|\d[\w,.]*|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many|"
    r"years?|months?|weeks?|days?|hours?|minutes?|decades?|midnight|noon|dark|school|lunch|"
    r"work|that|this|which|it|them|him|her|being|all|half|meeting|match|game|election|"
    r"season|break|holidays?|christmas|easter|summer|winter|spring|autumn|[A-Z]\w+day)\b",
    re.IGNORECASE,
)
_EVENT_BEFORE_OVER = re.compile(rf"\b(?:{_OUTCOMES})\b(?:\s+[\w’'-]+){{0,3}}?\s+$")
_FINITE = re.compile(
    r"(?:[\w’'-]+\s+){0,6}?(?P<verb>(?:had\s+)?(?:[a-z]+ed|fell|broke|hit|went|came|ran|rose|"
    r"sank|took|found|froze|burst|tore|caught|spread|lost|began|died|failed|left|blew|gave|"
    r"cut|put|hit|quit|spent|bought|sold|grew|shrank|"
    r"brought|struck|swept|spilt|sent|drove|led|made|tore))\b"
)
_NO_OBJECT_AFTER = re.compile(
    r"\s*(?:$|[.,;:!?)]|(?:in|on|at|within|near|into|off|during|over|after|before|last|this|"
    r"overnight|while|when|and|for|from|with|under|through|across|outside|inside)\b|\w+ly\b)",
    re.IGNORECASE,
)
# "halted last year over software faults": what an action was taken over.
_OVER = re.compile(
    r"\bover\s+(?!(?:the\s+)?(?:past|last|next|"
    r"coming|previous|recent|weekend|summer|winter|spring|autumn|years?|months?|weeks?|days?|"
    r"several|many|two|three|four|five|six|\d)\b|\d)"
)
# "pointed to staff shortages as the main reason", "cited X as a factor".
# "pointed instead to X" (after a denial) puts X as the cause without "as the reason".
_POINTED = re.compile(
    r"\b(?:(?P<instead>instead\s+)?point(?:s|ed|ing)?\s+(?(instead)|(?:instead\s+)?)to|"
    r"cit(?:es|ed|ing|e))\s+"
)
_AS_REASON = re.compile(
    r"\s*as\s+(?:the|a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:reason|cause|explanation|culprit|"
    r"factor|trigger|driver|source|contributor|culprit)s?\b"
)
# "the reason was X", "the main cause of the fire was X".
_REASON_WAS = re.compile(
    r"\b(?:the|a|one|its|their)\s+(?:[\w-]+\s+)?(?:reason|cause|explanation|source|origin|"
    r"trigger|culprit)s?\b"
    r"(?:\s+(?:for|of|behind)\s+[^,.;:\"“”]{1,60}?)?\s+(?:was|is|were|are|had been)\s+"
    r"(?!(?:not\s+(?:yet|known|clear|immediately)|unclear|unknown|still|yet|being|under|"
    r"thought|believed|likely|probably)\b)(?:that\s+)?"
)


def _claim(
    text: str, start: int, end: int, span_start: int, negated: bool, cue: str
) -> CauseClaim | None:
    label = cause_label(text[start:end])
    if not label or label in _PLACEHOLDERS or span_start >= end:
        return None
    return CauseClaim(None, label, negated, text[span_start:end], span_start, end, cue)


def _more_shapes(
    text: str, sentence: Span, scan: str, claims: list[CauseClaim]
) -> list[CauseClaim]:
    """Cause shapes read from a clause's structure rather than a cue before a noun phrase:
    "X had left Y unable to ...", "suspended after X crashed", "halted over X", "pointed
    to X as the reason", "the reason was X"."""
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
            for word in ("reason", "cause", "explan", "source", "origin", "trigger", "culprit")
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
        if event is None:
            return found_here
        return [
            m
            for m in found_here
            if event.search(scan, max(sentence.start, m.start() - 70), m.start())
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
            if _AFTER_TIME.match(text, match.end(), close):
                continue
            negated = _negated(text, sentence, after, "after")
            for index, (start, end) in enumerate(_cause_phrases(text, match.end(), close)):
                made = _claim(text, start, end, start if index else after, negated, "after")
                if made is not None:
                    found.append(made)
            continue
        negated = _negated(text, sentence, after, "after")
        # The cause is the clause's subject, with its verb when it has no object: "after
        # Storm Edda brought gusts" is Storm Edda, "after two boats collided" boats colliding.
        subject_end = finite.start("verb")
        if _NO_OBJECT_AFTER.match(text, finite.end("verb"), close):
            subject_end = finite.end("verb")
        elif re.match(r"\s+(?:ill|sick|unwell|dry|empty)\b", text[finite.end("verb") : close]):
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
        for index, (start, end) in enumerate(_cause_phrases(text, match.end(), sentence.end)):
            claim = _claim(text, start, end, start if index else over, negated, "over")
            if claim is not None:
                found.append(claim)
    for match in matches("point"):
        phrases = _cause_phrases(text, match.end(), sentence.end)
        instead = "instead" in match.group()
        if (
            not phrases
            or not (instead or _AS_REASON.match(text, phrases[-1][1]))
            or taken(match.end())
        ):
            continue
        # "was not to blame and instead pointed to X": the "not" is the denied cause's
        negated = not instead and _negated(text, sentence, match.start(), match.group())
        for index, (start, end) in enumerate(phrases):
            claim = _claim(
                text, start, end, start if index else match.start(), negated, "as the reason"
            )
            if claim is not None:
                found.append(claim)
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
        for index, (start, end) in enumerate(phrases):
            claim = _claim(text, start, end, start if index else match.start(), negated, "reason")
            if claim is not None:
                found.append(claim)
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
        not_at = match.start("not")
        for index, (start, end) in enumerate(phrases):
            made = _claim(text, start, end, start if index else not_at, True, "not")
            if made is not None:
                found.append(made)
    return found


# "It is not bad luck. It is years of cutting corners": claims of the form "it is X",
# read as causes when one denies and one asserts, and the paragraph is about a reason.
_IT_IS = re.compile(
    r"[\"“‘']?(?:it|this|that)\s*(?:is|was|’s|'s)\s+(?P<neg>not\s+)?(?!(?:a|an|the)\s+"
    r"(?:fact|case|time|first|same)\b)",
    re.IGNORECASE,
)
_IT_IS_ANYWHERE = re.compile(
    r"(?:^|[.!?][\"”’']?\s+|[\"“‘])[\"“‘']?(?:It|This|That)(?:\s+(?:is|was)|’s|'s)\s", re.MULTILINE
)
_IT_IS_CONTRAST = re.compile(r",\s+(?:(?:and\s+)?not|it(?:’s|'s| is| was) not)\s+|\s+but\s+")
_EXPLAINING = re.compile(
    r"\b(?:reasons?|cause[ds]?|blamed?|fault|because|due to|luck|accident|explanation|"
    r"excuses?|result of|responsible|why)\b",
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
        first_end = contrast.start() if contrast else close
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
    r"\b(?:was|were|is|are|had been|has been)\s+(?P<neg>not\s+)?(?:(?:also|partly|largely|"
    r"mainly|probably|only|just|the|a|an|one of the|most|more|less)\s+)*(?:(?:[\w-]+\s+){0,2}?"
    r"(?:reasons?|causes?|explanation|driver|trigger|culprit)\b|what\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:really\s+)?(?:caused|brought|led|driven|drove|pushed|forced|made|killed|sparked|"
    r"triggered|hurt|damaged|fuelled)\b)",
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
    words = re.search(r"(?:[\w’'-]+\s+){1,4}$", before)
    if words is None:
        return None
    start = sentence.start + words.start()
    lead = re.match(r"(?:with|and|of|as|that|but|while)\s+", text[start:cue_start])
    if lead:
        start += lead.end()
    start, end = trim(text, start, cue_start)
    subject = text[start:end]
    if (
        not _plausible_subject(subject, 4)
        or _EFFECT_WORDS.search(subject)
        or re.search(r"\b(?:is|are|was|were|be|been|being|has|have|had)$", subject)
    ):
        return None
    return start, end, phrases[-1][1]
