"""Who said what: direct quotations and reported speech, each tied to a source.

A quotation is attributed by the speech clause right after it (`"...," producer X
says`), right before it (`He added, "..."`), or, with none, by an attributed quotation
earlier in the same paragraph.  Short unattributed quotations are scare quotes, not
statements.  Reported speech is a speaker followed by a verb of saying and its clause
("X states that ..."), a trailing speech clause ("..., she added."), "according to X",
or a sentence opened by "Rather," or "Instead," continuing the previous speaker's claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..articles import Article
from .sources import _NAME, _TITLE, Entity, EntityIndex, role_then_person
from .text import Span, body_spans, inside, quotations, sentences, trim, word_alternation

SPEECH_VERBS = (
    "says said say explained explains explain added adds add states stated state told tells "
    "argued argues argue claims claimed claim insists insisted insist noted notes warned warns "
    "cautioned cautions believes believed suggested suggests maintains maintained contends "
    "contended acknowledged acknowledges admitted admits confirmed confirms denied denies wrote "
    "writes announced announces estimated estimates stressed stresses emphasised emphasized "
    "asserted asserts recalled recalls observed observes replied replies responded responds "
    "continued continues concluded concludes blamed blames blame predicted predicts alleged "
    "alleges countered counters"
).split()
_VERB = word_alternation(
    [*SPEECH_VERBS, "puts it", "put it", "pointed out", "points out", "point out"]
)
# Verbs that frame a quotation as what the speaker called something: "called it ...",
# "described the strike as ...", "accused the operator of ...", "branded them ...".
_NAMING = (
    r"(?:call(?:s|ed|ing)? (?:it|them|this|the \w+)|dub(?:s|bed)? it|"
    r"(?:describ(?:e|es|ed|ing)|branded|labelled|labeled|condemned|hailed|dismissed|"
    r"criticised|criticized|praised) (?:[\w’'-]+ ){0,4}?as|"
    r"(?:accus(?:e|es|ed|ing)|convicted) (?:[\w’'-]+ ){0,4}?of|"
    r"brand(?:s|ed)? (?:it|them|this|the \w+))"
)
_AFTER_QUOTE = re.compile(
    rf"[\s,]*(?P<pre>(?:[^\s\"“”.!?,;]+\s+){{0,7}}?)(?P<verb>{_VERB})\b(?P<post>[^\"“”.!?;]*)"
)
# "said its director, Omar Qureshi", "said the board's chair, Simon Achebe".
_ROLE_THEN_NAME = re.compile(
    r"\s*(?:its|their|his|her|the(?:\s+[\w’'-]+(?:’s|'s))?|[\w’'-]+(?:’s|'s))\s+"
    r"(?P<role>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*),\s+"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})\s*$"
)
# A speech verb ending the text before a quotation ("He added, ...").  Only the verb's
# position is used, so no words before it are matched (that made every search quadratic).
_BEFORE_QUOTE = re.compile(rf"(?P<verb>{_VERB}|{_NAMING})(?:\s+\w+)?\s*[,:]?\s*$")
_NAMING_EXACT = re.compile(_NAMING)
# "... and described the strike as "deeply disappointing"": the quotation is its own
# attribution, so a paraphrase stops before the naming verb.
_NAMING_TAIL = re.compile(rf",?\s+(?:and|but)\s+(?:also\s+)?{_NAMING}\s*[\"“]")
# "rejected the suggestion that ...": what is rejected is reported (and denied).
_REJECTING = (
    r"(?:reject|dismiss)(?:s|ed|ing)?(?=\s+(?:the\s+|any\s+)?(?:suggestions?|claims?|idea|"
    r"allegations?|accusations?|notion|view|argument|assertion)\s+that\b)"
)
_REPORTED = re.compile(
    rf"\b(?P<verb>{_VERB}|{_REJECTING})\b(?:\s+(?:\w+\s+){{0,3}}?(?=that\b))?(?:\s*that\b)?"
    r"(?:(?<=\btold)|(?<=\btells)|(?<=\bwarned)|(?<=\bassured))?"
)
# The hearer after "told"/"warned" ("told reporters the ..."), not part of what was said.
_HEARER = re.compile(
    r"\s+(?:(?:the\s+|a\s+|local\s+|visiting\s+)?(?:[\w-]+\s+)?(?:reporters|journalists|"
    r"press|media|staff|workers|employees|members|audience|crowd|MPs|councillors|committee|"
    r"jury|court|parliament|listeners|viewers|investors|shareholders|fans|supporters|"
    r"residents|parents|delegates|conference|meeting|inquiry|hearing|newspaper|paper|"
    r"programme|podcast|board|panel|council|commission|senate|assembly|legislature|"
    r"lawmakers|officials)|him|her|them|us|me|[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})"
    r"(?:\s+(?:at|in|on)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?"
    # US style: "told the school board Monday night"
    r"(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?)?(?:\s+that\b)?"
)
_HEARER_VERBS = {"told", "tells", "warned", "warns", "assured"}
# Openers before a sentence's subject: "In a statement, the Department ... said".
_OPENER = re.compile(
    r"\s*(?:in|on|at|after|before|during|speaking|writing|asked|last|earlier|later|"
    r"meanwhile|however|but|and|yet|still|separately|elsewhere|today|yesterday|"
    r"in response|responding|according|for (?:its|his|her|their) part|\w+ly)\b",
    re.IGNORECASE,
)
# After a trailing speech verb, words that still belong to the speech clause.
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_CLAUSE_TAIL = re.compile(
    r"\s*(?:(?:in|on|at|to|during|through|via|from|after|before|last|this|yesterday|today|"
    rf"earlier|later|{_WEEKDAY})\b[^,;\"“”]{{0,50}}?)?(?:,|[.!?]?\s*$)"
)
# What may follow a trailing speech verb: "..., the club said in a statement", "...,
# Director Ray Castellano said Thursday afternoon".
_TRAILING_WORDS = re.compile(
    rf"\b(?:in a statement|on \w+|to \w+|through tears|later|yesterday|today|earlier|"
    rf"{_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?)\b"
)
_ACCORDING = re.compile(r"\baccording to\s+(?P<speaker>[^,.;]{2,80}?)\s*[,.]", re.IGNORECASE)
# A finding credited to the body that made it: "Tests by the Environment Agency found ...".
_BY_AGENT = re.compile(
    r"\b(?i:tests?|research|analysis|analyses|figures|data|a study|study|a report|report|"
    r"a survey|survey|an investigation|investigation|checks|a review|review|modelling|"
    r"an audit|audit|an inquiry|inquiry|an inspection|inspection|inspections|an assessment|assessment|polling|"
    r"a poll|poll|sampling|monitoring|calculations|estimates)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:(?:carried out|conducted|published|commissioned|released|compiled)"
    r"(?:\s+(?:in|on|last|this)\s+[\w-]+(?:\s+\d{4})?)?\s+)?by\s+"
    r"(?P<speaker>(?:the\s+)?[A-Z][\w&’'-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&’'-]*){0,5})"
    r"\s+(?P<verb>found|finds|showed|shows|revealed|reveals|suggested|suggests|concluded|"
    r"concludes|indicated|indicates|estimated|estimates|recorded|records|detected|"
    r"identified|confirmed)\b(?:\s+that\b)?"
)
_APPOSITIVE_NAME = re.compile(r"\s*(?P<name>[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,3}),")
_CONTINUES = re.compile(r"^(?:Rather|Instead|In fact|Indeed),?\s+")
_SECOND_VERB = re.compile(
    rf",?\s+(?:but|and)\s+(?:also\s+)?(?P<verb>{_VERB})\b(?:\s+that\b)?\s*|"
    r",\s+(?P<participle>saying|adding|arguing|claiming|warning|noting|insisting|explaining|"
    r"stressing)\b(?:\s+that\b)?\s*"
)
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|its|their|our)\s+$", re.IGNORECASE)
# A clause joined by "and"/"but" has its own subject: "..., and Hale said ...".
_JOINED_SUBJECT = re.compile(r"(?:(?:and|but|so|while|yet)\s+)?(?:(?:he|she|they|it|we)\b|[A-Z])")
# "Ann-Marie Quigley, Railcore's route director, said": a role in a body, after a name.
_POSSESSIVE_ROLE = re.compile(r"[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,4}(?:’s|'s)\s+[a-z]")
_FULL_NAME = re.compile(rf"(?:{_TITLE})?{_NAME}")
_SUBJECT_PRONOUN = re.compile(r"^(?:he|she|they|it|we)\b", re.IGNORECASE)
SCARE_QUOTE_WORDS = 4


@dataclass
class Attribution:
    """A statement attributed to a source: the words said (``text``) and who said them."""

    source: str | None
    source_kind: str | None
    kind: str  # "quote" | "paraphrase"
    text: str
    start: int
    end: int
    verb: str
    speaker_start: int | None = None
    speaker_end: int | None = None
    cause: str | None = None


def find_attributions(article: Article, entities: EntityIndex) -> list[Attribution]:
    """Every quotation and reported statement in the body, in text order."""
    found: list[Attribution] = []
    for paragraph in body_spans(article):
        quotes = quotations(article.text, paragraph.start, paragraph.end)
        quoted, used_verbs = _quoted(article, entities, paragraph, quotes)
        found.extend(quoted)
        found.extend(_reported(article, entities, paragraph, quotes, used_verbs, found))
    found.sort(key=lambda a: a.start)
    for attribution in found:
        if attribution.source_kind == "organisation" and (attribution.source or "").islower():
            named = entities.following(attribution.start, attribution.source or "")
            if named is not None:  # "..., the regulator has concluded" before its name
                attribution.source = named.name
    return found


def _make(
    article: Article,
    entity: Entity | None,
    kind: str,
    span: tuple[int, int],
    verb: str,
    speaker: tuple[int, int] | None,
) -> Attribution | None:
    start, end = trim(article.text, *span, chars=" ,;:—–-.")
    if end - start < 2:
        return None
    return Attribution(
        source=entity.name if entity else None,
        source_kind=entity.kind if entity else None,
        kind=kind,
        text=article.text[start:end],
        start=start,
        end=end,
        verb=verb,
        speaker_start=speaker[0] if speaker else None,
        speaker_end=speaker[1] if speaker else None,
    )


def _sentence_start(article: Article, paragraph: Span, position: int) -> int:
    for sentence in sentences(article.text, paragraph.start, paragraph.end):
        if sentence.start <= position < sentence.end:
            return sentence.start
    return paragraph.start


def _quoted(
    article: Article, entities: EntityIndex, paragraph: Span, quotes: list[Span]
) -> tuple[list[Attribution], set[int]]:
    """Attributions for the quotations of one paragraph, and the speech verbs they used."""
    text = article.text
    speakers: list[tuple[Entity | None, str, tuple[int, int] | None]] = []
    used_verbs: set[int] = set()
    for index, quote in enumerate(quotes):
        limit = quotes[index + 1].start - 1 if index + 1 < len(quotes) else paragraph.end
        after = _AFTER_QUOTE.match(text, min(quote.end + 1, limit), limit)
        speaker: tuple[Entity | None, str, tuple[int, int] | None] | None = None
        named = None
        if after:
            if after.group("pre").strip():
                phrase_span = (after.start("pre"), after.end("pre"))
            else:
                post = after.group("post").split(",")[0]
                phrase_span = (after.start("post"), after.start("post") + len(post))
                named = _ROLE_THEN_NAME.match(after.group("post"))
                if named:  # "said its director, Omar Qureshi": the name, with its role
                    offset = after.start("post")
                    phrase_span = (offset + named.start("name"), offset + named.end("name"))
            phrase = text[phrase_span[0] : phrase_span[1]]
            entity = entities.resolve(phrase, phrase_span[0]) if phrase.strip() else None
            if entity is not None and named and not entity.role:
                entity.role = named.group("role")
            if entity is not None:
                speaker = (entity, after.group("verb"), phrase_span)
                used_verbs.add(after.start("verb"))
        if speaker is None:
            begin = max(_sentence_start(article, paragraph, quote.start - 1), paragraph.start)
            if index and quotes[index - 1].end + 1 > begin:
                begin = quotes[index - 1].end + 1
            before = _BEFORE_QUOTE.search(text, begin, quote.start - 1)
            if before:
                naming = _NAMING_EXACT.fullmatch(before.group("verb")) is not None
                entity, phrase_span = _subject(
                    text, entities, begin, before.start("verb"), leading=naming
                )
                if entity is not None:
                    speaker = (entity, before.group("verb"), phrase_span)
                    used_verbs.add(before.start("verb"))
        if speaker is None:
            known = [s for s in speakers if s[0] is not None]
            words = text[quote.start : quote.end].strip()
            whole_sentence = words[:1].isupper() and words.endswith((".", "!", "?"))
            short = len(words.split()) <= SCARE_QUOTE_WORDS and not whole_sentence
            if known and not short:
                speaker = (known[-1][0], known[-1][1], None)
        speakers.append(speaker or (None, "", None))
    found = []
    for quote, (entity, verb, phrase_span) in zip(quotes, speakers, strict=True):
        if entity is not None:
            made = _make(article, entity, "quote", (quote.start, quote.end), verb, phrase_span)
            if made:
                found.append(made)
    return found, used_verbs


def _subject(
    text: str, entities: EntityIndex, begin: int, verb_start: int, leading: bool = False
) -> tuple[Entity | None, tuple[int, int] | None]:
    """The speaker named just before a verb, skipping appositives and opening adverbials."""
    segment = text[begin:verb_start]
    chunks = [(m.start(), m.group()) for m in re.finditer(r"[^,]+", segment) if m.group().strip()]
    while chunks and len(chunks) > 1:
        last = chunks[-1][1].strip()
        appositive = (
            re.match(r"(?:who|which|whose|a|an|the)\b", last)
            or (last[:1].islower() and not _JOINED_SUBJECT.match(last))
            or (_POSSESSIVE_ROLE.match(last) and _FULL_NAME.fullmatch(chunks[-2][1].strip()))
        )
        if not appositive:
            break
        if _OPENER.match(chunks[-2][1]) and len(chunks) == 2:
            break  # "In a statement, the Department of Health said"
        chunks.pop()
    if not chunks:
        return None, None
    offset, chunk = chunks[-1]
    if re.search(r"\s(?:and|but)\s*$", chunk) and len(chunk.split()) > 2:
        leading = True  # "Local MP X called for an inquiry and said ...": X is the subject
    if leading:
        stripped = chunk.strip()
        role_name = next(role_then_person(stripped), None)
        match = (
            role_name
            if role_name and len(stripped[: role_name.start()].split()) <= 3
            else _SUBJECT_PRONOUN.match(stripped)
            or re.match(r"(?:[A-Z][\w’'.-]*\s*){1,4}", stripped)
        )
        if not match:
            return None, None
        chunk = stripped[: match.end()]
        offset += len(chunks[-1][1]) - len(chunks[-1][1].lstrip())
    start, end = trim(text, begin + offset, begin + offset + len(chunk))
    phrase = text[start:end]
    if len(phrase.split()) > 7:  # "Detective Chief Inspector X of Y Police": drop the body
        body = re.search(r"\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][^,]*$", phrase)
        if body:
            end = start + body.start()
            phrase = text[start:end]
    if not phrase or len(phrase.split()) > 7:
        return None, None
    return entities.resolve(phrase, start), (start, end)


def _reported(
    article: Article,
    entities: EntityIndex,
    paragraph: Span,
    quotes: list[Span],
    used_verbs: set[int],
    earlier: list[Attribution],
) -> list[Attribution]:
    """Reported speech in one paragraph's sentences (outside quotation marks)."""
    text = article.text
    found: list[Attribution] = []
    previous: Attribution | None = earlier[-1] if earlier else None
    for sentence in sentences(text, paragraph.start, paragraph.end):
        made = _reported_in_sentence(article, entities, sentence, quotes, used_verbs, previous)
        made = _with_inner_quotes(article, made, quotes, [*earlier, *found])
        found.extend(made)
        previous = made[-1] if made else None
    return found


_QUOTE_LEAD = re.compile(r"(?:,?\s+(?:and|but)\b)?(?:\s+(?:that|as|saying))?\s*$")


def _with_inner_quotes(
    article: Article, made: list[Attribution], quotes: list[Span], known: list[Attribution]
) -> list[Attribution]:
    """Quotations inside a reported clause ("said that the leak had stopped and that
    "there is no evidence of harm"") are the reported speaker's words: each becomes a
    quote, and a paraphrase that ends on one stops before it."""
    text = article.text
    result: list[Attribution] = []
    for attribution in made:
        inner = [
            q
            for q in quotes
            if attribution.start < q.start
            and q.end <= attribution.end + 1
            and not any(k.kind == "quote" and k.start <= q.start < k.end for k in known)
        ]
        for quote in inner:
            made_quote = _make(
                article,
                None,
                "quote",
                (quote.start, quote.end),
                attribution.verb,
                None,
            )
            if made_quote is not None:
                made_quote.source = attribution.source
                made_quote.source_kind = attribution.source_kind
                made_quote.speaker_start = attribution.speaker_start
                made_quote.speaker_end = attribution.speaker_end
                result.append(made_quote)
        if inner and not text[inner[-1].end : attribution.end].strip(' .,;:!?”"’'):
            lead = _QUOTE_LEAD.search(text, attribution.start, inner[-1].start - 1)
            cut = lead.start() if lead else inner[-1].start - 1
            shorter = _make(
                article,
                None,
                attribution.kind,
                (attribution.start, cut),
                attribution.verb,
                None,
            )
            if shorter is not None and len(shorter.text.split()) >= 3:
                attribution.text, attribution.end = shorter.text, shorter.end
        result.append(attribution)
    return sorted(result, key=lambda a: a.start)


def _reported_in_sentence(
    article: Article,
    entities: EntityIndex,
    sentence: Span,
    quotes: list[Span],
    used_verbs: set[int],
    previous: Attribution | None,
) -> list[Attribution]:
    text = article.text
    body = text[sentence.start : sentence.end]
    according = _ACCORDING.search(text, sentence.start, sentence.end)
    if according and not inside(according.start(), quotes):
        start, end = trim(text, according.start("speaker"), according.end("speaker"))
        content_start = according.end()
        named = _APPOSITIVE_NAME.match(text, according.end(), sentence.end)
        if named and text[according.end() - 1] == ",":
            # "According to the bus operator, Eastline, ..." names the source after a comma.
            start, end = named.start("name"), named.end("name")
            content_start = named.end()
        entity = entities.resolve(text[start:end], start)
        if according.start() - sentence.start < 3:
            content = (content_start, sentence.end)
        else:
            content = (sentence.start, according.start())
        made = _make(article, entity, "paraphrase", content, "according to", (start, end))
        return [made] if made and entity else []
    by_agent = _BY_AGENT.search(text, sentence.start, sentence.end)
    if by_agent and not inside(by_agent.start(), quotes):
        start, end = by_agent.span("speaker")
        entity = entities.resolve(text[start:end], start)
        made = _make(
            article,
            entity,
            "paraphrase",
            (by_agent.end(), sentence.end),
            by_agent.group("verb"),
            (start, end),
        )
        if made and entity:
            return [made]
    continues = _CONTINUES.match(body)
    if continues and previous is not None and previous.kind == "paraphrase":
        made = _make(
            article,
            entities.resolve(previous.source or "", sentence.start) if previous.source else None,
            "paraphrase",
            (sentence.start + continues.end(), sentence.end),
            previous.verb,
            None,
        )
        if made:
            made.source, made.source_kind = previous.source, previous.source_kind
            return [made]
    for verb in _REPORTED.finditer(text, sentence.start, sentence.end):
        if verb.start() in used_verbs or inside(verb.start(), quotes):
            continue
        if _DETERMINER_BEFORE.search(text, max(sentence.start, verb.start() - 8), verb.start()):
            continue  # "an estimated 4,000 tonnes", "the claims": not a verb of saying
        rest_start = verb.end()
        if verb.group("verb").lower() in _HEARER_VERBS:  # "..., X told the board Monday."
            hearer = _HEARER.match(text, verb.end(), sentence.end)
            rest_start = hearer.end() if hearer else rest_start
        trailing = not _TRAILING_WORDS.sub("", text[rest_start : sentence.end]).strip(' .,!?;"”’')
        comma = text.rfind(",", sentence.start, verb.start())
        if not trailing and comma > sentence.start and _CLAUSE_TAIL.match(text, verb.end()):
            # "X lost £18m, the club said in its accounts on Friday, the biggest loss ..."
            entity, speaker = _subject(text, entities, comma + 1, verb.start())
            if (
                entity is not None
                and speaker is not None
                and not text[comma + 1 : speaker[0]].strip()
            ):
                trailing = True
        if trailing:
            comma = text.rfind(",", sentence.start, verb.start())
            if comma < 0:
                continue
            entity, speaker = _subject(text, entities, comma + 1, verb.start())
            content = (sentence.start, comma)
        else:
            entity, speaker = _subject(text, entities, sentence.start, verb.start())
            content = (verb.end(), sentence.end)
            hearer = (
                _HEARER.match(text, verb.end(), sentence.end)
                if verb.group("verb").lower() in _HEARER_VERBS
                else None
            )
            if hearer and hearer.end() < sentence.end - 10:
                content = (hearer.end(), sentence.end)
        if entity is None:
            continue
        if any(inside(p, quotes) for p in (content[0] + 1, content[1] - 2)):
            continue  # a quotation's own speech clause, already attributed
        naming = _NAMING_TAIL.search(text, content[0], content[1])
        if naming:
            content = (content[0], naming.start())
        made = _make(article, entity, "paraphrase", content, verb.group("verb"), speaker)
        if made is None:
            return []
        second = _SECOND_VERB.search(text, made.start, made.end)
        if second:
            rest_end = made.end
            made = _make(
                article, entity, "paraphrase", (made.start, second.start()), made.verb, speaker
            )
            other = _make(
                article,
                entity,
                "paraphrase",
                (second.end(), rest_end),
                second.group("verb") or second.group("participle"),
                None,
            )
            return [part for a in (made, other) if a for part in _and_that(article, a, quotes)]
        return _and_that(article, made, quotes)
    return []


# "said X and that Y": a second reported clause by the same speaker.
_AND_THAT = re.compile(r",?\s+and\s+that\s+", re.IGNORECASE)


def _and_that(article: Article, made: Attribution, quotes: list[Span]) -> list[Attribution]:
    """Split a paraphrase at "and that" into two reported clauses of the same speaker."""
    split = _AND_THAT.search(article.text, made.start, made.end)
    if split is None or inside(split.start(), quotes) or split.start() - made.start < 10:
        return [made]
    speaker = (
        (made.speaker_start, made.speaker_end)
        if made.speaker_start is not None and made.speaker_end is not None
        else None
    )
    first = _make(article, None, made.kind, (made.start, split.start()), made.verb, speaker)
    second = _make(article, None, made.kind, (split.end(), made.end), made.verb, None)
    parts = [a for a in (first, second) if a is not None]
    for part in parts:
        part.source, part.source_kind = made.source, made.source_kind
    return parts or [made]
