"""The subject of a causal verb: where it starts and ends, and whether it names a cause
or an actor ("the cuts forced closures", not "the council cut fees")."""

from __future__ import annotations

import re

from ..attributions import SPEECH_VERBS
from ..text import trim, word_alternation
from .lexicon import PARTICIPLE_WORD, _all_forms
from .phrases import _LABELS, _PLACEHOLDERS, _TO_NOUNS
from .scope import _NO_EVIDENCE

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


_ADVERB_GAP = re.compile(r"\s*(?:also|then|quickly|soon|later|eventually|[a-z]+ly)\s*")


def _finite_after_subject(text: str, start: int, end: int, verb_start: int) -> bool:
    """Whether a bare past form at ``verb_start`` is the finite verb of the subject
    ``text[start:end]`` ("High winds brought down ...") rather than a participle."""
    subject = text[start:end]
    return (
        end > start
        and (
            not text[end:verb_start].strip()
            # "The evacuation also forced ...": an adverb between subject and verb
            or _ADVERB_GAP.fullmatch(text, end, verb_start)
            or _PARTICIPLE_GAP.match(text[end:verb_start])
            or _TRAILING_TIME.fullmatch(" " + text[end:verb_start].strip())
            or _WHICH_ASIDE.fullmatch(text[end:verb_start].rstrip() + " ")
        )
        and not _NOT_SUBJECT_END.search(text, max(0, verb_start - 30), verb_start)
        and not _VERB_INSIDE.search(subject)
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
    r"units?|wards?|clinics?|practices|surgery|surgeries|branch|branches|offices?|"
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


# People who act in a plural present ("as shoppers cut back on treats") though they may
# be a cause with an impact verb ("visitors had put the fells under pressure").
PEOPLE = re.compile(  # (beside the agent heads, which hold people, residents, staff ...)
    r"\b(?:shoppers|customers|consumers|buyers|users|visitors|tourists|fans|voters|patients|"
    r"families|households|tenants|homeowners|commuters|passengers|riders|motorists|members)$",
    re.IGNORECASE,
)


_GERUND_OBJECT = {
    "the", "a", "an", "its", "their", "our", "his", "her", "this", "that", "these", "those",
    "some", "all", "more", "so",
}  # fmt: skip


def _agent(phrase: str) -> bool:
    """Whether a subject names an agent (a person, body or proper name) rather than a
    cause: the head is a person or organisation word, or every word is capitalised."""
    head = re.split(r"\s+(?:of|in|on|at|to|from|for|with|by|near|across)\s+", phrase.strip())[0]
    words = head.split()
    if not words:
        return True
    if len(words) > 2 and words[0].lower().endswith("ing") and words[1].lower() in _GERUND_OBJECT:
        return False  # "Losing the Starline": an act named by its gerund, not a body
    if _AGENT_HEADS.search(words[-1]):
        return True
    if _NAMED_EVENT.match(head.strip()):
        return False  # "Storm Edda", "Hurricane Ida": events with names
    # A proper name heads it: "Packaging maker Corbell", "Linkwave", "the Tenants' Union".
    return len(words) > 1 and words[-1][:1].isupper() and not _CALENDAR.fullmatch(words[-1])


_QUANTIFIERS = {"many", "some", "most", "few", "several", "others", "all", "both", "each"}


def _plausible_subject(phrase: str, longest: int = 8) -> bool:
    """A noun phrase that can be a cause: a few words, not a pronoun or a relative word,
    nor a verb phrase ("burned for three days")."""
    words = phrase.split()
    return (
        0 < len(words) <= longest
        and not re.match(r"[a-z]+ed\s+(?:for|by|in|on|at|to|from|with|into|across)\b", phrase)
        and words[-1].lower() not in {"also", "still", "even", "already"}
        # "this", "that", "these", "those" may be determiners: "Those new homes are not ..."
        and words[0].lower()
        not in {"it", "them", "which", "what", "there", "he", "she", "they", "we", "i", "you"}
        and not (len(words) == 1 and words[0].lower() in _PLACEHOLDERS | _QUANTIFIERS)
        and not re.search(r"[\"“”]", phrase)
    )


# Where the subject of a causal verb starts: after a clause opener or a verb of saying
# ("Officials said a burst main led to ...").
# Verbs of saying (the attribution finder's list) and of thinking, in every form: what
# follows them is a reported clause.
_THINKING_LEMMAS = (
    "think", "fear", "accept", "agree", "complain", "find", "show", "report", "reckon",
    "feel", "know", "tell", "concede", "believe", "suspect", "worry", "realise", "realize",
    "discover", "suggest",
)  # fmt: skip
_SAYING_FORMS = {*SPEECH_VERBS, *_all_forms(_THINKING_LEMMAS, ("base", "s", "past", "pp"))}
# A participle of saying after a comma opens a reported clause too: "..., saying it was".
_SAYING_FORMS |= {
    "saying", "adding", "arguing", "insisting", "claiming", "warning", "noting", "explaining",
    "suggesting", "stressing", "admitting", "conceding", "believing", "fearing",
}  # fmt: skip
# Forms that are as often nouns ("fears of flooding", "the state pension", "a product
# recall") or that do not report ("blamed X for Y" has its own cue, "continued to rise").
_NOUN_LIKE = set(
    "estimated report reports state note fear fears estimate estimates show shows stress stresses "
    "find finds feel feels know knows felt shown known blame blames blamed continued continues "
    "recalled recalls counters".split()
)
_SUBJECT_OPENER = re.compile(
    # a fronted adverbial: "In previous years, migrating birds have brought ..."
    r"^(?i:in|on|at|during|over|since|for|after|before|by|last|this|earlier|later|now|"
    r"following|despite|amid|with|without|because of|due to|thanks to|"
    r"however|meanwhile|still|yet|also|instead|overall)\b[^,;]{0,40},|"
    r"[;:—]|(?<!\bof )(?<!\bbelow )(?<!\babove )\bthat\b(?!\s+of\b)"
    r"(?!\s+(?:big|large|high|low|bad|long|severe|strong|"
    r"serious|steep|sharp|small|deep)(?:\s+(?:can|could|will|would|is|was|has|had|may|might|must)"
    r"\b|\s*$))|\b(?:how|when|while|as|because|whether|if|and|so|after|before|"
    rf"since|until|once|although|though|unless|{_NO_EVIDENCE}|"
    + word_alternation(sorted(_SAYING_FORMS - _NOUN_LIKE))
    + r")\b|,(?=[^,]*\b(?:is|are|was|were)\b)"
)
# Where a whole clause starts (not after a preposition such as "since May"): a verb of
# saying, "that", a conjunction joining clauses, or clause punctuation.
_CLAUSE_OPENER = re.compile(
    r"[;:—]|(?<!\bof )\bthat\b|\b(?:and|but|because|although|though|while|whereas|"
    + word_alternation(sorted(_SAYING_FORMS - _NOUN_LIKE))
    + r")\b"
)


# "and" joining two names inside a noun phrase: "midfielders Jess Arnott and Holly Brandreth".
_NAME_BEFORE_AND = re.compile(r"[A-Z][\w’'-]*\s+$")
_NAME_AFTER_AND = re.compile(r"and\s+[A-Z]")


def _openers(before: str) -> list[re.Match[str]]:
    """Where clauses open in ``before`` (the text ahead of a verb), leaving out an "and"
    that joins two names inside one noun phrase."""
    found: list[re.Match[str]] = []
    for match in _SUBJECT_OPENER.finditer(before):
        if _names_joined(before, match.start()):
            continue
        if match.group() == "and":
            boundary = found[-1].end() if found else 0
            listed = before[boundary : match.start()]
            if "," in listed and not _VERB_IN_LIST.search(listed):
                continue  # "The closure of X, the loss of Y and a wet summer had ...": a list
        found.append(match)
    return found


# A finite verb in the items before an "and" makes it join clauses, not list items.
_VERB_IN_LIST = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|said|says|"
    r"[a-z]{3,}ed|went|came|fell|rose|broke|left|took|made|sent|brought|caught|hit|cut|put|"
    r"shut|kept|found|gave|got|ran|saw|told|led|spent|held|drove|grew|struck|swept|tore|"
    r"threw|began|lost|sank|spread|burst)\b",
    re.IGNORECASE,
)


def _names_joined(text: str, position: int) -> bool:
    """Whether the "and" at ``position`` stands between two capitalised names."""
    return bool(
        _NAME_AFTER_AND.match(text, position)
        and _NAME_BEFORE_AND.search(text, max(0, position - 40), position)
    )


# A relative clause inside a subject: "a hamstring injury that kept her out ... had put".
_RELATIVE_VERB = re.compile(
    # an object relative with a pronoun subject too: "a fall in donations that he traced to"
    r"\s*(?:(?:he|she|they|we|i|you)\s+(?:had\s+|has\s+|have\s+)?[a-z]+\b|"
    r"[a-z]+ed|kept|spread|left|put|made|hit|cost|took|ran|came|went|began|broke|"
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
    r"predicted|forecast|understood|known)\s+to\s*(?:have\s+)?$|"
    # "has been shown in several studies to reduce"
    r"\s+(?:has|have|had)\s+been\s+(?:shown|found|proven|proved)(?:\s+(?:in|by)\s+[^,;]{1,40}?)?"
    r"\s+to\s*(?:have\s+)?$",
    re.IGNORECASE,
)


# A noun phrase carrying a participle phrase: "a new insecticide sprayed on nearby fields".
_PARTICIPLE = (
    rf"{PARTICIPLE_WORD}\s+(?:on|in|at|by|from|into|onto|near|across|over|under|with|along|"
    r"around)\b"
)
_PARTICIPLE_PHRASE = re.compile(
    rf"(?P<head>[^,]{{3,60}}?)\s+(?:{_PARTICIPLE}|[a-z]{{3,}}ing\s+(?:all|the|a|an|every|some|"
    r"its|their|his|her|our|\d))"
)
_PARTICIPLE_GAP = re.compile(rf"\s*{_PARTICIPLE}[^,;:]*$")
# A time modifier closing a subject: "the closure of the unit in the spring could have ...".
_TRAILING_TIME = re.compile(
    r"\s+(?:(?:in|during|over)\s+the\s+(?:past|last)\s+(?:\d+|few|two|three|six|twelve)\s+"
    r"(?:years?|months?|weeks?|days?)$)|"
    r"\s+at\s+the\s+(?:start|end|beginning|turn)\s+of\s+(?:the|this|last)\s+"
    r"(?:month|year|season|week|century)$|"
    r"\s+(?:(?:in|during|over|since|from)\s+(?:the\s+|last\s+|this\s+)?|last\s+|this\s+|"
    r"earlier\s+this\s+)(?:spring|summer|autumn|fall|winter|year|month|week|weekend|morning|"
    r"afternoon|evening|night|\d{4}|january|february|march|april|may|june|july|august|"
    r"september|october|november|december)$",
    re.IGNORECASE,
)
# A relative aside closing a subject, and a purpose infinitive ending one.
_WHICH_ASIDE = re.compile(r",\s+(?:which|who|whose|where|when)\b[^;]{2,100}?,\s*$", re.IGNORECASE)
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
    whose = re.search(r"\bwhose\s+", before)
    if whose and "," not in before[whose.end() :]:  # "A man whose arson attack on X destroyed"
        return trim(text, sentence_start + whose.end(), verb_start)
    openers = _openers(before)
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
    opener = max((m.end() for m in openers), default=0)
    start, end = trim(text, sentence_start + opener, verb_start, ' ,;:—–-"“”‘’')
    adverbs = re.search(
        r"(?:\s+(?:also|still|even|already|further|then|only|\w+ly))+$", text[start:end]
    )
    if adverbs and adverbs.start() > 0:
        end = start + adverbs.start()  # "Pesticides also played a part"
    if openers and openers[-1].group() == "and" and end > start:  # "X and Y had squeezed ..."
        earlier = max((m.end() for m in openers[:-1]), default=0)
        left = before[earlier : openers[-1].start()]
        if 0 < len(left.split()) <= 4 and not re.search(
            r"\b(?:is|are|was|were|has|have|had|will|would|be|been)\b|[,;]", left
        ):
            start = trim(text, sentence_start + earlier, end)[0]
    aside = re.match(
        r"([^,]{3,100}),\s+(?:[a-z]+(?:ed|en)\s+(?:by|to|in|on)|without|despite|with|unless)\b"
        r"[^,]*,?\s*$",
        text[start:end],
    )
    if aside:  # "delays, caused by X, meant ...", "an order, intended to limit X, would ..."
        start, end = trim(text, start, start + aside.end(1))
    when = _TRAILING_TIME.search(text, start, end)
    if when and len(text[start : when.start()].split()) >= 2:  # "the closure of X in the spring"
        end = when.start()
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
    participle = _PARTICIPLE_PHRASE.match(text[start:end])
    if participle and len(text[start:end].split()) > 8:  # "a new insecticide sprayed on ..."
        return trim(text, start, start + participle.end("head"))
    if len(text[start:end].split()) > 8:
        comma = text.rfind(",", start, end)
        if comma >= 0:  # no comma: keep the clause (rfind's -1 meant the article's start)
            start, end = trim(text, comma + 1, end)
    return start, end


_RELATIVE_BEFORE = re.compile(r"(?:,\s*)?\s(?:that|which)\s+$")
_CLEFT = re.compile(r"\bit\s*(?:is|was|’s|'s)(?:n[’']t|\s+not)?\s+[^,;]*$", re.IGNORECASE)
_COPULA = re.compile(r"\b(?:is|are|was|were)\s")
# Not a noun phrase: a clause ("the council cut funding, which meant"), a conjunction
# ("..., and that would have helped"), or a phrase ending in a preposition ("on top of that").
_NOT_ANTECEDENT = re.compile(
    r"\b(?:is|are|was|were|has|have|had|said|says|be|been|cut|put|set|hit|[a-z]+ed)\b|^\W*$|"
    r"^(?:and|but|so|or|yet|then)$|\b(?:of|on|to|in|for|with|at|by|from|after|before|about)$",
    re.IGNORECASE,
)


def _antecedent(text: str, sentence_start: int, verb_start: int) -> tuple[int, int] | None:
    """The noun phrase a relative "that"/"which" before a verb stands for: "a caustic
    cleaner that can cause burns", "EEHV, which can kill a calf"."""
    before = text[sentence_start:verb_start]
    relative = _RELATIVE_BEFORE.search(before)
    if relative is None:
        return None
    if _CLEFT.search(before, 0, relative.start()):
        return None  # "It wasn't the rain that flooded the ward": the cleft rule reads it
    head_start = max(before.rfind(",", 0, relative.start()), before.rfind(";", 0, relative.start()))
    if "," in relative.group():  # "Growers fear X, which can kill": the noun phrase before it
        if re.match(r"(?:has\s+|had\s+|will\s+|would\s+)?mean", text[verb_start:]):
            return None  # "..., which meant ...": a clause's consequence
        start, end = trim(text, sentence_start + head_start + 1, sentence_start + relative.start())
        start = _trailing_noun_phrase(text, start, end, 5)
        words = text[start:end].split()
        if (
            not words
            or words[0].lower() in _PRONOUNS
            or re.fullmatch(r"[a-z]+(?:ed|ly)|off|up|out|down|away|back|on|in|over", words[-1])
        ):
            return None  # "... had to be rebooked, which ...": a clause, not a noun
        return start, end
    copula = list(_COPULA.finditer(before, head_start + 1, relative.start()))
    if copula and "," in relative.group():
        return None  # "the ward is short of nurses, which means ...": a clause's consequence
    if copula:  # "the spill was a caustic cleaner that can cause burns"
        head_start = copula[-1].end() - 1
    head = before[head_start + 1 : relative.start()]
    lead = re.match(r"\s*(?:or|and|such as|including)\s+", head)
    offset = head_start + 1 + (lead.end() if lead else 0)
    start, end = trim(text, sentence_start + offset, sentence_start + relative.start())
    words = text[start:end].split()
    if not 1 <= len(words) <= 6 or _NOT_ANTECEDENT.search(text[start:end]):
        return None
    return start, end


_MODALS = {"can", "could", "may", "might", "will", "would", "should", "must", "to", "did", "does"}
_PRONOUNS = {"it", "they", "he", "she", "we", "i", "you", "this", "that", "them", "him", "her"}
_NP_STOP = re.compile(
    r"(?:is|are|was|were|be|been|has|have|had|to|in|on|at|for|with|by|from|into|onto|over|"
    r"under|after|before|about|against|than|and|or|but|that|which|who|[a-z]+ing)$",
    re.IGNORECASE,
)
_NP_FIRST = re.compile(r"(?:a|an|the|its|their|his|her|our|this|that|these|those)$", re.I)


def _trailing_noun_phrase(text: str, start: int, end: int, longest: int = 4) -> int:
    """Where the noun phrase that ends a clause starts: back from ``end`` over at most
    ``longest`` words, stopping before a verb of being or saying, a preposition or a
    conjunction and after a determiner ("Growers fear | tomato spotted wilt virus")."""
    words = list(re.finditer(r"\S+", text[start:end]))
    first = len(words)
    while first > 0 and len(words) - first < longest:
        word = words[first - 1].group()
        before = words[first - 2].group().lower() if first > 1 else ""
        if _NP_STOP.match(word) or word in _SAYING_FORMS or before in _MODALS:
            break  # "could carry | X": a verb after a modal
        first -= 1
        if _NP_FIRST.match(word):
            break
    return start + words[first].start() if first < len(words) else end


def _known(text: str, start: int, end: int) -> int | None:
    """The end of the first known cause in ``text[start:end]``, if there is one."""
    for _, pattern in _LABELS:
        match = pattern.search(text, start, end)
        if match:
            return match.end()
    return None


_CLAUSE_END = re.compile(
    r"(?<!\d)\.|\.(?!\d)|[;:!?—\"“”]|,\s+(?:but|and|while)\b|\s+(?:but|and)\s+(?=that\b)|"
    r"\s+and\s+(?=(?:said|says|added|adds|insisted|claimed|argued|denied|warned)\b)"
)


def _clause_end(text: str, start: int, limit: int) -> int:
    match = _CLAUSE_END.search(text, start, limit)
    return match.start() if match else limit


# A second verb sharing the subject of the first: "detergents strip the oils ... and
# could have killed fish" (the subject is "detergents").
_AND_BEFORE = re.compile(r"\band\s*$")
_TIME_OPENERS = {"before", "after", "until", "since", "once", "while", "when"}
_FIRST_VERB = re.compile(
    r"\s+(?=(?:is|are|was|were|has|have|had|can|could|may|might|will|would|must|do|does|did)\b|"
    r"[a-z]+\s+(?:the|a|an|its|their|his|her|our|some|many|more|less|\d)\b|"
    r"(?:[a-z]{3,}ed|came|went|fell|rose|broke|struck|swept|blew|made|took|got|kept|found|"
    r"gave|held|led|ran|sent|spent|won|lost|grew|began|left|brought|bought|sold|paid)\s)"
)


def _coordinated_subject(text: str, sentence_start: int, verb_start: int) -> tuple[int, int]:
    """The subject of the clause a verb is coordinated into ("X does Y and could Z")."""
    if not _AND_BEFORE.search(text, max(sentence_start, verb_start - 8), verb_start):
        return verb_start, verb_start
    before = text[sentence_start:verb_start]
    and_at = before.rstrip().rfind("and")
    openers = [m for m in _openers(before[:and_at]) if m.group() != "and"]
    # the nearest clause first, then the sentence's own, a time clause last ("X was tested
    # before building began and played no part": X plays, not "building")
    timed = [m.end() for m in reversed(openers) if m.group().lower() in _TIME_OPENERS]
    others = [m.end() for m in reversed(openers) if m.group().lower() not in _TIME_OPENERS]
    for clause in dict.fromkeys((*others[:1], 0, *timed[:1]) if timed else (*others[:1], 0)):
        first = _FIRST_VERB.search(before, clause, and_at)
        if first is None or before[first.end() :].split(maxsplit=1)[0] in _SAYING_FORMS:
            continue  # "The association said X and ...": the speaker is no subject here
        start, end = trim(text, sentence_start + clause, sentence_start + first.start())
        if _plausible_subject(text[start:end]) and len(text[start:end].split()) <= 5:
            return start, end
    return verb_start, verb_start
