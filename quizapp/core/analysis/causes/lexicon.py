"""The cue inventory of cause claims: verbs by lemma and their inflections, markers
that put the cause after them, and the complements some verbs need to be causal."""

from __future__ import annotations

import re

from ..text import word_alternation

# --- Morphology: cue lists name lemmas ("push up"); their inflections are generated. ---
_IRREGULAR = {
    "drive": ("drove", "driven"), "lead": ("led", "led"), "make": ("made", "made"),
    "bring": ("brought", "brought"), "leave": ("left", "left"), "put": ("put", "put"),
    "cut": ("cut", "cut"), "hit": ("hit", "hit"), "arise": ("arose", "arisen"),
    "undercut": ("undercut", "undercut"), "let": ("let", "let"),
    "feed": ("fed", "fed"), "send": ("sent", "sent"), "mean": ("meant", "meant"),
    "set": ("set", "set"), "spring": ("sprang", "sprung"), "be": ("was", "been"),
    "hurt": ("hurt", "hurt"), "hold": ("held", "held"), "eat": ("ate", "eaten"),
    "shrink": ("shrank", "shrunk"), "dent": ("dented", "dented"),
    "say": ("said", "said"), "tell": ("told", "told"), "think": ("thought", "thought"),
    "feel": ("felt", "felt"), "know": ("knew", "known"), "find": ("found", "found"),
    "show": ("showed", "shown"), "give": ("gave", "given"), "come": ("came", "come"),
    "take": ("took", "taken"), "keep": ("kept", "kept"), "break": ("broke", "broken"),
    "tear": ("tore", "torn"),
    "sink": ("sank", "sunk"), "sweep": ("swept", "swept"),
    "strike": ("struck", "struck"), "cost": ("cost", "cost"), "shut": ("shut", "shut"),
    "split": ("split", "split"), "draw": ("drew", "drawn"), "speed": ("sped", "sped"),
    "do": ("did", "done"),
}  # fmt: skip
_DOUBLED = {
    "admit",
    "trap",
    "rip",
    "stir",
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
    "trip",
    "gut",
}
_VARIANTS = {"fuelled": ("fueled",), "fuelling": ("fueling",)}  # US spellings


def verb_forms(lemma: str) -> dict[str, str]:
    """The forms of a verb or phrasal verb, by a small rule set plus irregulars:
    ``verb_forms("push up")["past"] == "pushed up"``, ``verb_forms("drive")["pp"] ==
    "driven"``, ``verb_forms("stem")["ing"] == "stemming"``."""
    verb, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    consonant_y = verb.endswith("y") and verb[-2:-1] not in ("a", "e", "i", "o", "u")
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
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


# A past participle, regular or one of the common irregulars ("caused", "driven", "built").
PARTICIPLE_WORD = r"(?:[a-z]+ed|[a-z]+en|brought|built|made|set|put|left|kept|bought|found|held)"

# --- The cue inventory, grouped by direction. ---
# Cause -> effect, the subject being the cause ("staff shortages led to ...").  A strong
# verb says causation whatever its subject; a weak one only with a known cause as subject
# ("climate change has made ...", not "the council has made ...").
_STRONG_VERBS = (
    "cause", "lead to", "trigger", "spark", "prompt", "result in", "contribute to", "fuel",
    "drive", "drive up", "drive down", "push up", "push down", "force up", "force down", "reduce",
    "increase", "raise", "worsen", "exacerbate", "tip", "mean", "make worse",
    "provoke", "induce", "bring about", "give rise to", "set off", "spur",
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
    "paralyse", "hobble", "stifle", "close", "shut", "trip", "rip", "rip apart", "tear apart",
    "gut", "fell",
    # stopping and keeping: "the snow had kept pupils at home"
    "stop", "prevent", "keep", "discourage", "scare off", "drive away", "drive out",
    "push out", "price out", "hold up", "set back", "push back", "curb", "limit", "restrict",
    # amplifying and lowering: "the drought had lowered the reservoirs"
    "lower", "slash", "escalate", "aggravate", "compound", "accelerate", "speed up",
    "hasten", "intensify", "amplify", "heighten", "swell", "bolster",
    # producing: "the leak had created a sinkhole", "the mould had given her son asthma"
    "create", "produce", "generate", "give", "send", "dry up", "dry out", "wash out",
    # "had done more damage", "have brought fresh outbreaks", "lured chains out of the mall",
    # "had added 10p to a box"
    "do", "bring", "lure", "lure away", "draw away", "add", "explain", "help", "take",
    "choke off",
    # after the dev-8/9/10 rounds: "has put paid to the plans", "is burning people out",
    # "the strike has upended the routine", "had brought the season forward", "has filled
    # every bed", "wears away the paths", "would finish a few of us off"
    "put paid to", "burn out", "upend", "bring forward", "fill", "wear away", "wear down",
    "finish off", "overstretch", "stretch thin", "lead", "influence", "tear through",
    "undercut", "rip through", "sweep through", "stir up", "drag down", "trap", "set fire to",
    "wither", "ground", "allow", "let", "end",
    "start",
    "set light to",
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
_NEEDS_OBJECT_LEMMAS = {
    "reduce",
    "increase",
    "raise",
    "worsen",
    "tip",
    "mean",
    "be behind",
    "drive",
}
# Change verbs also used intransitively ("the storm deepened quickly", "the river flooded").
_NEEDS_OBJECT_LEMMAS |= {
    "flood", "swamp", "overwhelm", "inflate", "depress", "dampen", "deepen", "widen",
    "deplete", "overload", "clog", "slow", "shrink", "stall", "warm",
    "halve", "double", "treble", "triple",
    "close", "shut", "sink", "break", "choke", "swell", "escalate", "accelerate", "intensify",
    "speed up", "heighten", "stop", "shut down", "cost", "dry up", "dry out", "derail", "trip",
}  # fmt: skip
_LEMMA_OF: dict[str, str] = {}
for _lemma in (*_STRONG_VERBS, *_WEAK_VERBS, *_IMPACT_VERBS):
    for _form in _all_forms([_lemma], ("base", "s", "past", "pp", "ing")):
        _LEMMA_OF.setdefault(_form, _lemma)
for _form in (
    "was behind", "were behind", "is behind", "are behind",
    "sits behind", "sat behind", "sit behind", "lies behind", "lay behind", "lie behind",
):  # fmt: skip
    _LEMMA_OF[_form] = "be behind"
    _LEMMA_OF[_form.replace(" ", " not ")] = "be behind"
_STRONG_LEMMAS = {*_STRONG_VERBS, "be behind"}
# Adverbs and hedges allowed between an auxiliary and its verb, or before "by".
_ADVERB_WORDS = (
    "also|already|further|then|probably|still|easily|well|even|only|far|much|just|mostly|"
    "largely|partly|mainly|chiefly|certainly|likely|possibly|perhaps|indeed|in (?:large )?part|"
    "at least partly|hard|worst|most|itself|themselves|all|both|together|(?!only\\b)\\w+ly"
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
# The past forms that are also presents ("The derailment shut the line", "The move cost him
# half his customers"): read as a past only after a singular subject that is no actor.
_SINGULAR_PAST = {"shut", "cut", "hit", "put", "set", "cost", "undercut"}
# The third person of verbs that need a result ("Heat puts a strain on the heart").
_BARE_IMPACT |= {"puts", "makes", "gives", "keeps", "sends"}
# Their present tense ("Cracked bearing shuts bridge", "the strike costs the firm £1m"):
# many are also plural nouns ("budget cuts", "floods"), so these are read only in a
# headline or before the start of an object noun phrase.
_PRESENT_IMPACT = set(_all_forms((*_IMPACT_VERBS, *_NEEDS_AUXILIARY), ("s",))) - _BARE_IMPACT
_OBJECT_START = re.compile(
    r"\s+(?:(?:the|a|an|its|their|his|her|our|your|this|these|those|some|many|more|most|all|"
    r"every|dozens|hundreds|thousands|millions|less|fewer|no|little)\b|[A-Z]|\d|£|\$|€)"
)
# In a headline, any word that can start an object ("Burst main floods Marrowby high
# street"), not a participle or a function word ("handover delays blamed as ...").
_HEADLINE_OBJECT = re.compile(
    r"\s+(?![a-z]+ed\b|(?:is|are|was|were|to|in|on|at|for|as|of|and|or|but|by|after|over)\b)"
    r"[\w£$€]"
)
# The plural present ("Rising costs explain some of it", "High winds cause delays"): read
# only right after a plural noun and before the start of an object.
_PLURAL_PRESENT = {
    form
    for form in _all_forms(
        (
            *_STRONG_VERBS, *_WEAK_VERBS, "damage", "harm", "kill", "threaten", "destroy",
            "hurt", "disrupt", "erode", "worsen", "fuel", "spark", "prompt", "trigger",
            "block", "delay", "cripple", "devastate", "swamp", "overwhelm", "squeeze",
            "strain", "drain", "explain", "leave", "put", "keep", "send", "cost", "take",
        ),
        ("base",),
    )
    if " " not in form
} - set(_BARE)  # fmt: skip
_BARE = [
    *_BARE,
    *sorted((_BARE_IMPACT | _PRESENT_IMPACT | _PLURAL_PRESENT | _SINGULAR_PAST) - set(_BARE)),
]
_AFTER_PLURAL = re.compile(
    r"(?<![\w’'])(?!(?:its|this|has|was|is|us|less|does|his|yes|gas|bus|thus|plus|as)\s)"
    r"[a-z]{2,}s\s+$",
    re.IGNORECASE,
)
_PERFECT = _all_forms(_ALL_VERBS, ("pp",))
_BASE = _all_forms(_ALL_VERBS, ("base",))
_ING = _all_forms(_ALL_VERBS, ("ing",))
# A headline's plural present: "Mould toxin fears prompt recall of dog food".
_HEADLINE_PLURAL = re.compile(
    r"(?P<subject>(?:[\w’'-]+\s+){0,4}?[\w’'-]+[^s\W]s)\s+"
    rf"(?P<verb>{word_alternation([v for v in _BASE if v.split()[0] not in {'be', 'do'}])})"
    r"\b(?=\s+[\w£$€])"
)
_MODALS = "can could may might will would must".split()
# A negation inside a verb group: "had not forced", "hadn't forced", "won't stop".
_NOT = r"(?:n[’']t\s+|\s+(?:not|never)\s+|\s+)"
_CAUSAL_VERBS = re.compile(
    r"\b(?="
    + word_alternation(
        {w.split()[0] for w in _BARE}
        | {"has", "have", "had", "was", "were", "is", "are"}
        | {"sits", "sat", "sit", "lies", "lay", "lie"}
        | set(_MODALS)
        | {"hasn", "haven", "hadn", "couldn", "wouldn", "mightn", "mustn", "won", "cannot"}
        | {"do", "does", "did", "don", "doesn", "didn"}
    )
    + r"\b)"
    rf"(?P<verb>(?:has|have|had){_NOT}{_ADVERB}*{word_alternation(_PERFECT)}|"
    rf"(?:could|may|might|would|must|will){_NOT}{_ADVERB}*have\s+{_ADVERB}*"
    rf"{word_alternation(_PERFECT)}|"
    rf"(?:{word_alternation(_MODALS)}|won|ca|do|does|did){_NOT}{_ADVERB}*{word_alternation(_BASE)}|cannot\s+"
    rf"{_ADVERB}*{word_alternation(_BASE)}|"
    r"(?:was|were|is|are)\s+(?:also\s+|not\s+)?behind|"
    # "sits behind much of that damage", not "the cat lay behind the sofa"
    r"(?:sits|sat|sit|lies|lay|lie)\s+(?:also\s+)?behind(?=\s+(?:(?:much|most|some|part|all)"
    r"\s+of\s+)?(?:the|this|that|these|those|its|their|a|an)?\s*(?:[\w-]+\s+)?(?:damage|rise|"
    r"increase|fall|decline|drop|problems?|shortages?|crisis|failures?|delays?|deaths?|losses|"
    r"closures?|collapse|spike|surge|decision|trouble|dispute|outbreak|cuts?)\b)|"
    # a raising predicate: "the rules are likely to push up rents", "is going to make"
    r"(?:is|are|was|were|seems?|seemed|appears?|appeared)\s+(?:\w+ly\s+)?(?:not\s+)?"
    r"(?:likely|unlikely|expected|set|going|bound|certain|thought|believed|feared|predicted|"
    rf"forecast)\s+to\s+(?:have\s+{word_alternation(_PERFECT)}|{word_alternation(_BASE)})|"
    rf"(?:was|were|is|are|has been|have been|had been)\s+{_ADVERB}*{word_alternation(_ING)}|"
    rf"{word_alternation(_BARE)})\b(?!\s+to\b)",
    re.IGNORECASE,
)
_MODAL_HAVE = re.compile(r"(?:could|may|might|would|must|will)\s.*\bhave\s", re.IGNORECASE)


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
    "sweep away", "wash away", "sink", "break", "cut off", "shut down", "enable", "trip",
    "split", "crack", "rupture", "stress", "draw", "attract", "lure", "put off", "scare off",
    "help", "saturate", "soak", "weaken", "batter", "total",
    "drive away", "wear away", "upend", "overstretch",
)  # fmt: skip
_ORIGIN = ("stem from", "arise from", "result from", "spring from", "suffer from")
_PARTICIPLES = _all_forms(_PASSIVE_BY, ("pp",))
_ORIGIN_FORMS = _all_forms([o.split()[0] for o in _ORIGIN], ("base", "s", "past", "pp", "ing"))
_AFTER_CUES = (
    r"due to|owing to|because of|on account of|as a (?:direct )?result of|(?:the|a) (?:direct )?"
    rf"result of|{word_alternation(_PARTICIPLES)}\s+(?:(?:on|upon|onto|into|out of|from)\s+"
    rf"(?:the |a |an |its |their |his |her )?[\w’'-]+\s+)?{_ADVERB}*by|not by(?=[^.;]*\bbut\s+by\b)|not of|"
    rf"made\s+{_ADVERB}*(?:worse|possible)\s+{_ADVERB}*by|"
    r"(?:is|are|was|were|(?:could|may|might|must|would|will) (?:also )?be) (?:\w+ly )?down to|"
    r"attribut\w*(?:\s+[\w’'-]+){0,6}?\s+to|put(?:s|ting)?(?:\s+[\w’'-]+){0,6}?\s+down to|"
    r"in the (?:immediate )?wake of|(?:on|off) the back of|amid(?:st)?|in response to|"
    # "the failures owed nothing to bad luck and everything to years of underinvestment"
    r"ow(?:e|es|ed|ing)\s+(?:much|a lot|a great deal|everything|nothing|little|more|less|"
    r"something|part of (?:it|that|this))\s+to|(?<=\band )everything\s+to|"
    r"point(?:s|ed|ing)? the finger (?:of blame )?at|"
    rf"{word_alternation(_ORIGIN_FORMS)}\s+{_ADVERB}*from|"
    r"blam\w*(?:\s+(?!(?:who|which|that)\b)[\w’'-]+){0,5}?\s+on(?!\s+[A-Z][^.;]*\bfor\b)|but (?:rather |instead )?by|(?:the|a) (?:\w+ )?(?:reality|consequence|"
    r"consequences|symptom|sign|effects?|product|legacy) of|(?:the|a) knock-on effects? of|"
    r"link(?:s|ed|ing)\s+(?!arms\b)(?:[\w’'-]+\s+){1,4}?to(?=\s+(?:a|an|the)\b)|"
    # "lost whole crops of cabbages to an explosion of slugs"
    r"(?:lost|lose|loses|losing)\s+(?!(?:the\s+|their\s+|its\s+)?(?:final|match|game|tie|race|"
    r"title|cup|vote|election|seat|case|appeal|battle|lead|toss)\b)(?:[\w’'-]+\s+){1,5}?"
    r"to(?=\s+(?:a|an|the|that|this|those)\s)|"
    r"linked to|thanks\s+(?:in\s+(?:large\s+)?part\s+|largely\s+|partly\s+|mainly\s+)?to|"
    # "put in danger by", "put out of action by"
    r"put\s+(?:in\s+danger|at\s+risk|out\s+of\s+(?:action|business|work)|under\s+"
    r"(?:pressure|strain))\s+by|"
    r"(?:trying|attempting|tried|try|desperate) to (?:escape|flee|avoid|get away from)|"
    r"traced (?:back )?to|(?:came|come|comes|coming|originated|originates) (?:\w+ly )?from|"
    r"flee(?:ing)?|escap(?:e|ing) from|because|(?:died|die|dies|dying)\s+(?:\w+ly\s+)?(?:from|of)|"
    r"citing|"
    # "the problem lies with the national contract"
    r"(?:problem|blame|fault|responsibility|cause|answer)\s+(?:lies|lay|rests|rested)\s+"
    r"(?:squarely\s+|firmly\s+|largely\s+)?with|"
    # "It's the fault of a very wet autumn"
    r"(?:the\s+)?fault\s+of|"
    # a harm from its source: "treated for eye irritation from the dust"
    r"(?:injur(?:y|ies)|irritation|burns|(?<!their )(?<!his )(?<!her )deaths|illness(?:es)?|damage|harm|"
    r"smoke|fumes|disruption)"
    r"\s+from"
)
# Every cue starts with one of these words (or word beginnings); checking them first lets
# the engine skip most positions at once.
_CUE_WORD_SET = frozenset(
    {
        *"due owing because on as the a not is are was were but linked thanks trying "
        "attempting tried try desperate flee fleeing put puts putting amid amidst traced "
        "came come comes coming originated originates in point points pointed pointing problem "
        "blame fault responsibility cause answer injury injuries irritation burns deaths "
        "illness illnesses damage smoke fumes disruption died die dies dying citing off owe owes "
        "owed owing everything harm link links linked linking lost lose loses losing".split(),
        *(form.split()[0] for form in (*_PARTICIPLES, *_ORIGIN_FORMS)),
    }
)
_CUE_WORDS = word_alternation(_CUE_WORD_SET)
# Words without which no sentence holds a cause claim: every form of the verb inventory,
# the cue words (less the very common ones that only open longer cues) and the words the
# other shapes turn on.  A sentence with none of them is not read again in variants.
CAUSAL_HINTS = frozenset(
    {form.split()[0] for form in _LEMMA_OF}
    | {form.split()[-1] for form in _LEMMA_OF}
    | (_CUE_WORD_SET - {"the", "a", "is", "are", "was", "were", "on", "in", "as", "not", "but"})
    | set(
        "result down wake back reason reasons cause caused causes causing explanation factor "
        "factors culprit trigger driver source behind what if with so which meaning why after "
        "following when over left blame blamed blaming blames responsible part role fault toll "
        "did do does consequence consequences thanks owed point points pointed pointing cited "
        "cite cites citing attributed attributes attribute escape escaping meant means mean "
        "that's effect effects impact because".split()
    )
)
_CUE_PREFIXES = word_alternation(["attribut", "blam", "escap", "in the wake", "in the immediate"])
_CUE_AFTER = re.compile(
    rf"\b(?=(?:{_CUE_WORDS}\b|{_CUE_PREFIXES}))(?P<cue>{_AFTER_CUES})\b\s*", re.IGNORECASE
)
# "blamed X for Y": the cause is the object, ended by "for".
_BLAME_FOR = re.compile(
    r"\b(?P<cue>blam(?:e|es|ed|ing))\s+(?P<cause>(?!for\b)(?:[^,.;:!?\"“”]|(?<=\d)[,.](?=\d)|"
    # a comma in a list or between adjectives: "blamed the cold, wet June for", "blamed
    # rain, wind and poor drainage for" (not a clause: "blamed X, saying it was ... for")
    # a participle aside: "blamed X, brought in last year to save money, for"
    rf",\s+{PARTICIPLE_WORD}\b[^,;.]{{0,50}},(?=\s+for\b)|"
    r",(?=\s+(?!(?:which|who|whom|whose|but|and|as|while|not|it|they|he|she|we|after|"
    r"because|when|although|though|[a-z]+ing)\b)[\w’'-]+(?:\s+[\w’'-]+){0,6}?\s+for\b))"
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
    r"around|some|over|an estimated|roughly|approximately|just over|just under|hundreds of|"
    r"thousands of|dozens of)\s+)?"
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
    r"breaks|bursts|evictions|closures|odou?rs?|smells?|stench|noise|fumes|symptoms|"
    r"poisoning|chaos|disaster|tragedy|collisions?|derailment|explosions?|defeats?|emissions|"
    r"spread|deterioration|backlog|queues|congestion|death toll|casualties|harm|bloom|"
    r"fish kill|die-off|job losses|layoffs|redundancies|admissions|hospitali[sz]ations|cases|"
    r"infections|complaints|absences|fatalities|flooding"
)
# "responsible for" names a cause only before an outcome or harm ("responsible for the
# collapse", "for 40 deaths"), not before a duty ("responsible for enforcement").
_RESPONSIBLE_FOR = (
    r"(?:(?:(?:the|a|an|this|that|these|those|its|their|his|her|much of the|most of the|some of "
    r"the|part of the|all of the|at least|more than|about|around|nearly|almost|over)\s+)*"
    r"(?:[\d,.%]+\s+(?:per\s*cent\s+of\s+(?:the\s+)?)?)?(?:[\w’'-]+\s+){0,3}?"
    rf"(?:{_OUTCOME_NOUNS})\b|"
    # "responsible for it too", "responsible for islanders being stuck"
    r"(?:it|this|that|them)\b|(?:[\w’'-]+\s+){1,3}?being\s+[a-z]+)"
)
_TO_BLAME = re.compile(
    rf"\b(?=was|were|is|are|had|has|have|could|may|might|must|would|will|play|did|do)(?P<verb>"
    r"(?:(?:was|were|is|are|(?:had|has|have)\s+(?:also\s+)?been|(?:could|may|might|must|"
    r"would) (?:not )?(?:also )?(?:be|have been))\s+(?:(?:(?:un)?likely to be|expected to be|"
    r"(?:thought|believed|said|understood|known|suspected) to be|not|partly|largely|mainly|entirely|solely|also|"
    r"ultimately|chiefly|wholly|in part|at least partly|never|only|just|even|probably|almost|"
    r"directly|indirectly|primarily|principally|"
    rf"nearly|arguably|surely|undoubtedly|certainly|clearly|directly)\s+)*(?:to blame|at fault|responsible(?=\s+for\s+{_RESPONSIBLE_FOR}|\s*[.,;]|\s+(?:but|and)\b)|"
    r"(?:a|an|one|the)\s+(?:[\w-]+\s+){0,2}?(?:factor|culprit|contributor|contributory factor)|"
    # "staffing was not the problem"
    r"the\s+(?:[\w-]+\s+)?problem(?=\s*[.,;]|\s+(?:but|and)\b)))|"
    r"(?:(?:has|have|had|(?:may|might|could|must|would|will|can)(?:\s+also)?(?:\s+have)?)\s+)?"
    r"(?:also\s+|not\s+)?"
    r"(?:play(?:s|ed)?|playing)\s+(?:a|an|no|any|its|their)\s+(?:[\w-]+\s+)?(?:part|role)"
    r"(?=\s+in\b|\s*[.,;]|\s+too\b)|"
    # "the closure would have a knock-on effect on", "the shortage will have lasting effects"
    r"(?:will|would|could|may|might|has|have|had)\s+(?:also\s+)?(?:have\s+|had\s+)?(?:a|an)?\s*"
    r"(?:[\w-]+\s+){0,2}?(?:effect|impact)s?(?=\s+on\b|\s*[.,;])|"
    # "the parking was the final straw"
    r"(?:was|were|is|are)\s+(?:the|a)\s+(?:final|last)\s+straw|"
    r"(?:had|has|have|did|does|do)\s+(?:nothing|little|anything)\s+to\s+do\s+with|"
    r"(?:had|has|have|did|does|do)\s+(?:no|any|little|a)\s+(?:\w+\s+)?bearing\s+on|"
    # "an electrical fault had been ruled out as the cause"
    r"(?:was|were|is|are|has been|had been|have been)\s+ruled out\s+as\s+(?:a|the|one)\s+"
    r"(?:[\w-]+\s+)?(?:cause|factor|reason|culprit|source)|"
    # "the cold snap has been blamed for a spike in burst pipes", "X is at the root of Y"
    r"(?:was|were|is|are|has been|have been|had been|being)\s+(?:\w+ly\s+)?(?:also\s+)?"
    r"(?:(?:widely|partly|largely|often|frequently|commonly|sometimes|usually)\s+)?blamed\s+for|"
    r"(?:was|were|is|are)(?:n[’']t|\s+not)?\s+(?:the\s+(?:main\s+|only\s+|real\s+)?reason\s+)?why|"
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


_PLAIN_RESULTS = {
    "poor", "weak", "sick", "ill", "ready", "slow", "hard", "cheap", "dear", "late", "safe",
    "dangerous", "useless", "worthless", "obsolete", "vulnerable", "homeless", "redundant",
    "bankrupt", "insolvent", "scarce", "rare", "empty", "idle", "unviable",
}  # fmt: skip
# "make" is causal with a result complement ("had made parents more hesitant", "made it
# harder to ..."), not in "would make different products".
_MAKE_RESULT = re.compile(
    r"(?!\s+up\b)(?:"  # "made up fewer than 1% of cases": constituted
    r"\s+(?:[\w’'-]+\s+){1,3}?(?:an?|the)\s+(?:[\w-]+\s+)?(?:target|risk|problem|hazard|"
    r"liability|burden|nightmare|struggle|danger|magnet)\b|"
    r"\s+(?:[\w’'-]+\s+){0,6}?(?:(?:more|less)(?!\s+than\b)|worse|better|impossible|possible|harder|easier|"
    r"difficult|unable|likely|unlikely|unaffordable|unsafe|\w+er)\b|"
    # any adjective by its shape ("made several rural routes unprofitable", "made the
    # town unattractive"), standing as the result: before a clause end or "to/for/and".
    r"\s+(?:[\w’'-]+\s+){1,4}?(?:un[a-z]{3,}|[a-z]+(?:able|ible|ful|less|ous|ive|ical|ant|ent|"
    r"ary|ic|ish|al)|" + "|".join(sorted(_PLAIN_RESULTS)) + r")"
    r"(?=\s*(?:[.,;:!?)\"”]|$)|\s+(?:to|for|and|or|by|than|in|at|with)\b))"
)
# "had put her under enormous pressure", "put jobs at risk".
_PUT_RESULT = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,8}?(?:under|at risk|in danger|in jeopardy|out of|off|(?:strain|pressure|"
    r"stress|burden)s?\s+on)\b"
)
# A state a thing is left in: "had left the service in crisis", "left the pier in ruins".
_IN_STATE = (
    r"in (?:crisis|chaos|ruins?|disarray|turmoil|tatters|limbo|trouble|danger|debt|the red|"
    r"tears|shock|pain|despair|the dark|agony|distress|hospital|intensive care|"
    r"a (?:very\s+)?(?:poor|bad|dire|terrible|critical|perilous|parlous|fragile|difficult|"
    r"precarious) (?:state|position|place|situation))"
)
# "would leave children with nowhere to train", "left families with no heating".
_WITH_NOTHING = (
    r"with (?:(?:\w+\s+)?(?:fewer|less)|nowhere|nothing|no|little|few|hardly any|just|only|"
    r"a (?:shortfall|deficit|bill|"
    r"debt|backlog|hole|gap|trickle))"
)
# "leave" likewise: "would leave residents breathing dirty air", "left them months behind".
_LEAVE_RESULT = re.compile(
    r"\s+(?:fewer|less|no|too few|too little|hardly any)\s+[a-z]|"
    r"\s+(?:[\w’'-]+(?:[.,]\d+)*\s+){0,5}?[\w’'-]+(?:,[^,]{3,80},)?\s+(?:[\w-]+ing|[a-z]{3,}ed|too\s+[a-z]+|without|unable|behind|short|exposed|vulnerable|"
    rf"stranded|homeless|worse off|out of|facing|struggling|under water|underwater|{_IN_STATE}|"
    r"bitter|angry|upset|furious|distraught|heartbroken|shaken|scared|afraid|penniless|jobless|"
    rf"{_WITH_NOTHING})\b"
)
# "give" harms with an illness or a shock as its second object ("had given her son
# asthma"), not in "gave residents a leaflet".
_ILLNESS = (
    r"asthma|cancer|diabetes|dementia|pneumonia|bronchitis|eczema|headaches?|migraines?|"
    r"nightmares|anxiety|depression|stress|insomnia|food poisoning|sickness|diarrhoea|"
    r"[a-z]+itis|(?:a|an)\s+(?:[\w-]+\s+)?(?:infection|disease|illness|condition|cough|rash|"
    r"fever|headache|scare|shock|fright|injury|allergy)"
)
_GIVE_RESULT = re.compile(
    rf"\s+(?:[\w’'-]+\s+){{1,4}}?(?:{_ILLNESS})\b|"
    # "had given mosquitoes somewhere to breed"
    r"\s+(?:[\w’'-]+\s+){1,4}?(?:somewhere|room|time|(?:a|the)\s+(?:chance|opportunity))\s+to\b"
)
# "keep" and "stop"/"prevent" with what is kept from happening: "had kept pupils at home",
# "stopped boats from sailing", "prevented crews reaching the fire".
_KEEP_RESULT = re.compile(
    r"\s+(?:[\w’'-]+\s+){1,5}?(?:from|away|out|off|indoors|inside|at home|at bay|awake|"
    r"closed|shut|waiting|locked|active|alive|busy|high|low|open|going|afloat|up)\b"
)
_STOP_RESULT = re.compile(r"\s+(?:[\w’'-]+\s+){1,5}?(?:from|[a-z]+ing)\b")
# "sent prices soaring", "sent the firm into administration".
_SEND_RESULT = re.compile(
    r"\s+(?:[\w’'-]+\s+){1,4}?(?:soaring|rocketing|spiralling|spiraling|plunging|"
    r"plummeting|tumbling|falling|into|to hospital|packing|flying|reeling|over|across|"
    r"through|onto|pouring|flooding|spilling)\b"
)
# "cost" as a loss to someone ("had cost some shops a day's takings", "cost 200 jobs"), not
# a price ("the repairs would cost £40,000").
_COST_RESULT = re.compile(
    r"\s+(?!(?:(?:about|around|an estimated|more than|nearly|almost|up to|at least|over|under|"
    r"roughly|some)\s+)?(?:money|a fortune|millions|billions|thousands|[£$€]|"
    r"\d[\d,.]*\s*(?:m|bn|k|p|million|billion|pounds|dollars|euros|"
    r"per\s*cent)\b|\d[\d,.]*(?:%|\s*[.,;]|\s*$)))"
)
# "do" harms ("had done more damage"), "bring" an outcome or a change of state ("brought
# fresh outbreaks", "brought the trees into flower"), "add" an amount to something.
_DO_RESULT = re.compile(r"\s+(?:[\w’'-]+\s+){0,6}?(?:damage|harm)\b")
_BRING_RESULT = re.compile(
    rf"\s+(?:[\w’'-]+\s+){{0,3}}?(?:{_OUTCOME_NOUNS}|misery|havoc|hardship|outbreaks?|disease|"
    r"stream|influx|wave|rush|flood|"
    r"into|to (?:a halt|a standstill|an end|its knees|the brink))\b"
)
_ADD_RESULT = re.compile(
    r"\s+(?:(?:about|around|as much as|up to|nearly|almost|more than|an extra|another)\s+)?"
    r"(?:[£$€\d][\w.,%]*(?:\s+(?:to|and|or)\s+[£$€\d][\w.,%]*)?|an?|several|weeks|months|"
    r"hours|days|years|tens|hundreds|thousands|millions|more|extra)(?:\s+[a-z]+){0,2}?\s+(?:to|onto)\b"
)
# "had helped the flames take hold"; "had taken their toll".
_HELP_RESULT = re.compile(
    r"\s+(?:[\w’'-]+\s+){1,3}?(?:to\s+)?(?:take|spread|grow|rise|fall|push|drive|make|keep|fuel|"
    r"get|become|turn)\b|"
    r"\s*(?:[,;.]|$)|\s+but\b"  # "the mentors had helped, but ..."
)
_TAKE_RESULT = re.compile(r"\s+(?:(?:its|their|a|an)\s+(?:\w+\s+)?)?toll\b")  # headlines drop "its"
# "drink explained the attack", not "Crockford explained that ..." (a verb of saying).
_EXPLAIN_RESULT = re.compile(r"\s+(?!(?:that|how|why|what|where|when|to|in|it|this)\b)[a-z]")
# Verbs whose result pattern alone decides about their object: an amount ("had added 10p
# to a box", not "rose 5%"), or none ("the mentors had helped, but ...").
# "had led crews to skip cleaning" (not "led the team to victory")
_LEAD_RESULT = re.compile(
    r"\s+(?:[\w’'-]+\s+){1,3}?to\s+(?!(?:the|a|an|his|her|its|their|this|that|victory)\b)[a-z]+"
)
# "allow" causes what it lets happen: "warm seas had allowed the algae to multiply"
_ALLOW_RESULT = re.compile(
    r"\s+(?:[\w’'-]+\s+){1,4}?to\s+(?:multiply|spread|grow|build up|"
    r"thrive|breed|flourish|take hold|rise|fall|worsen|collapse|escape|"
    r"get in|seep|leak|enter)\b"
)
# "ground" grounds aircraft: "Pilot shortage grounds the last airline route"
_GROUND_RESULT = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,4}?(?:flights?|planes?|aircraft|fleet|"
    r"jets?|route|routes|airline|helicopters?|drones?|boats?|ferries)\b"
)
# "start" causes only what breaks out: "its equipment did not start the fire"
_START_RESULT = re.compile(
    r"\s+(?:the\s+|a\s+|an\s+|this\s+|that\s+)?(?:[\w-]+\s+)?(?:fires?|blazes?|wildfires?|"
    r"outbreaks?|flooding|panic|stampede|landslides?|avalanches?|explosions?)\b"
)
# "let" lets something happen: "gaps in the barrier had let rabies spread west"
_LET_RESULT = re.compile(
    r"\s+(?:[\w’'-]+\s+){1,3}?(?:spread|in|through|grow|rise|escape|build\s+up|take\s+hold|"
    r"seep|slip|drain|rot|fester)\b"
)
_RESULT_DECIDES_OBJECT = {"add", "help"}
_RESULT_NEEDED = {
    "do": _DO_RESULT, "bring": _BRING_RESULT, "add": _ADD_RESULT, "lead": _LEAD_RESULT,
    "start": _START_RESULT, "allow": _ALLOW_RESULT, "ground": _GROUND_RESULT, "let": _LET_RESULT,
    "make": _MAKE_RESULT, "leave": _LEAVE_RESULT, "put": _PUT_RESULT, "give": _GIVE_RESULT,
    "keep": _KEEP_RESULT, "stop": _STOP_RESULT, "prevent": _STOP_RESULT,
    "send": _SEND_RESULT, "cost": _COST_RESULT, "help": _HELP_RESULT, "take": _TAKE_RESULT,
    "explain": _EXPLAIN_RESULT,
}  # fmt: skip
_ANY_AUXILIARY = re.compile(
    r"(?:(?:has|have|had|was|were|is|are|can|could|may|might|will|would|must|do|does|did)"
    r"(?:n[’']t)?|won[’']t|can[’']t|cannot)\b",
    re.IGNORECASE,
)
