"""Turn analysed articles into a draft question bank for a teacher to review.

The output is plain data in the bank format (``docs/question-format.md``): every question
is a ``draft``, and every evidence quote is an exact span of an article's text
(``article.text[start:end]`` taken from the analysis), widened to whole sentences and
never crossing a paragraph, so the validator always finds it.  Wrong choices are other
real sources, causes, roles and titles from the same articles, never invented ones; a
question without enough of them is skipped rather than padded.  The output depends only
on the articles and their analyses, so the same input always gives the same bank.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .analysis import Analysis, Attribution, CauseClaim, Entity
from .analysis.language import EVALUATIVE_WORDS, HEDGE_WORDS, LOADED_WORDS
from .analysis.text import Span, quotations, sentences
from .articles import Article, shorten, slugify
from .yamlio import dump_yaml

MAX_CHOICES = 4
MAX_STATEMENT = 300
FOF_PER_ARTICLE = 4
SOURCING_NAMED = "A named person or organisation"
SOURCING_VAGUE = "An unnamed or vague group (no one you could check)"
SOURCING_NONE = "No one: the writer states it without a source"
SOURCING_CHOICES = (SOURCING_NAMED, SOURCING_VAGUE, SOURCING_NONE)

_NOT_PLAIN = re.compile(
    r"\b(?:you|your|we|our|us|I|regarded|considered|deemed|real|really|most|least|"
    r"rejected|rejects|disputed|disputes|denied|denies|criticised|criticized|defended|defends|"
    r"welcomed|accused|praised|dismissed|opposed|hailed|\w+iest)\b|[?!:;]",
    re.IGNORECASE,
)
_OPENERS = re.compile(r"^(?:and|but|so|because|then|however|rather|instead|yet|or)\b", re.I)
_PROPER_OR_FIGURE = re.compile(r"\d|\s[A-Z][a-z]|\b[a-z]{3,}ed\b")
_VAGUE_PHRASE = re.compile(
    r"\b(?:many|some|several|other|most) (?:scientists|experts|researchers|critics|people|"
    r"observers|officials|residents|analysts|viewers|commentators|economists|doctors)"
    r"(?=\s+(?:\w+\s+)?(?:say|said|says|believe|believed|think|thought|claim|claimed|argue|"
    r"argued|blame|blamed|warn|warned|fear|feared|insist|insisted|suggest|suggested)\b)",
    re.IGNORECASE,
)
_JUDGING = {w.lower() for w in (*LOADED_WORDS, *EVALUATIVE_WORDS, *HEDGE_WORDS)}
_STOPWORDS = set(
    "about above after again against along among around because before being below between "
    "could every first from further their there these those through under until where which "
    "while whose would other another itself themselves where while with within without "
    "shows showing during since still though thing things something whole onto into".split()
)


@dataclass
class _Context:
    """The articles of a bank with their analyses, and facts shared by several rules."""

    articles: list[Article]
    analyses: list[Analysis]

    def __post_init__(self) -> None:
        titles = [shorten(a.display_title(), 70) for a in self.articles]
        self.titles = {
            a.id: (t if titles.count(t) == 1 else f"{t} ({a.id})")
            for a, t in zip(self.articles, titles, strict=True)
        }
        self.by_id = {a.id: (a, n) for a, n in zip(self.articles, self.analyses, strict=True)}
        self.named: list[Entity] = []  # every named source of the bank, once per key
        seen: set[str] = set()
        for analysis in self.analyses:
            for entity in [*analysis.sources, *analysis.people]:
                if entity.key not in seen and entity.kind != "vague" and len(entity.name) > 2:
                    seen.add(entity.key)
                    self.named.append(entity)

    def title(self, article: Article) -> str:
        return self.titles[article.id]


# --- small helpers ----------------------------------------------------------------------


@lru_cache(maxsize=1024)
def _quoted(text: str, start: int, end: int) -> tuple[Span, ...]:
    """The quotations of one paragraph (cached: several rules ask for the same ones)."""
    return tuple(quotations(text, start, end))


def _paragraph(article: Article, position: int) -> Span | None:
    for paragraph in article.paragraphs:
        if paragraph.start <= position < paragraph.end:
            return Span(paragraph.start, paragraph.end)
    return None


def _sentence_span(article: Article, start: int, end: int) -> Span | None:
    """The whole sentences around ``[start, end)``, cut at the paragraph's end."""
    paragraph = _paragraph(article, start)
    if paragraph is None:
        return None
    end = min(end, paragraph.end)
    spans = sentences(article.text, paragraph.start, paragraph.end)
    first = next((s for s in spans if s.start <= start < s.end), None)
    last = next((s for s in spans if s.start < end <= s.end), None)
    if first is None or last is None:
        return Span(start, end)
    return Span(first.start, last.end)


def _evidence(article: Article, span: Span) -> dict[str, str] | None:
    quote = article.text[span.start : span.end]
    if "\n" in quote or not quote.strip():
        return None
    return {"article": article.id, "quote": quote.strip()}


def _short(text: str, width: int = 110) -> str:
    return shorten(" ".join(text.split()), width)


def _display(label: str) -> str:
    return label[:1].upper() + label[1:]


def _who(entity: Entity | None, name: str) -> str:
    if entity is not None and entity.role and entity.role.lower() != name.lower():
        return f"{name} ({entity.role})"
    return name


def _order(question_id: str, texts: Iterable[str]) -> list[str]:
    """A stable shuffle, so the right answer is not always first."""
    return sorted(texts, key=lambda t: hashlib.sha1(f"{question_id}|{t}".encode()).hexdigest())


def _choices(
    question_id: str,
    right: Sequence[str],
    wrong: Sequence[str],
    feedback: dict[str, str] | None = None,
) -> list[dict[str, Any]]:
    feedback = feedback or {}
    choices = []
    for text in _order(question_id, [*right, *wrong]):
        choice: dict[str, Any] = {"text": text}
        if text in right:
            choice["correct"] = True
        elif text in feedback:
            choice["feedback"] = feedback[text]
        choices.append(choice)
    return choices


_WORD_CHARS = re.compile(r"[a-z0-9]+")


def _normalise(text: str) -> str:
    return " ".join(_WORD_CHARS.findall(text.lower()))


class _Bank:
    """Collects questions, giving each a unique readable id and dropping repeats."""

    def __init__(self) -> None:
        self.questions: list[dict[str, Any]] = []
        self.ids: set[str] = set()
        self.asked: set[str] = set()
        self.true_false = {"true": 0, "false": 0}

    def new_id(self, prefix: str, *words: str) -> str:
        base = slugify(" ".join([prefix, *words]))[:50].strip("-") or prefix
        candidate, n = base, 2
        while candidate in self.ids:
            candidate, n = f"{base}-{n}", n + 1
        return candidate

    def add(
        self,
        prefix: str,
        words: Sequence[str],
        *,
        type: str,
        skill: str,
        prompt: str,
        answer_key: str,
        explanation: str,
        evidence: Sequence[dict[str, str] | None],
        choices: Any = None,
        answer: Any = None,
        statement: str | None = None,
        feedback: dict[str, str] | None = None,
    ) -> bool:
        evidence_items: list[dict[str, str]] = []
        for item in evidence:
            if item is not None and item not in evidence_items:
                evidence_items.append(item)
        if not evidence_items:
            return False
        key = f"{_normalise(prompt)}|{_normalise(statement or '')}|{_normalise(answer_key)}"
        if key in self.asked:
            return False
        self.asked.add(key)
        question_id = self.new_id(prefix, *words)
        self.ids.add(question_id)
        question: dict[str, Any] = {
            "id": question_id,
            "type": type,
            "skill": skill,
            "status": "draft",
            "prompt": prompt,
        }
        if statement is not None:
            question["statement"] = statement
        if callable(choices):
            question["choices"] = choices(question_id)
        if answer is not None:
            question["answer"] = answer
            if type == "true_false":
                self.true_false["true" if answer else "false"] += 1
        if feedback:
            question["feedback"] = feedback
        question["explanation"] = explanation
        question["evidence"] = evidence_items
        self.questions.append(question)
        return True


# --- attribution: who said it? ----------------------------------------------------------


def _named_attributions(analysis: Analysis) -> list[Attribution]:
    return [
        a
        for a in analysis.attributions
        if a.source and a.source_kind not in (None, "vague") and len(a.text.split()) >= 4
    ]


def _distractor_names(ctx: _Context, article: Article, right: str) -> list[str]:
    """Other named sources: first from the same article, then from the others."""
    _, analysis = ctx.by_id[article.id]
    right_entity = analysis.source(right) or next(
        (e for e in analysis.people if e.name == right), None
    )
    right_key = right_entity.key if right_entity else right.lower()
    names: list[str] = []
    local = [e for e in [*analysis.sources, *analysis.people] if e.kind != "vague"]
    for entity in [*local, *ctx.named]:
        if entity.key == right_key or entity.name in names or len(entity.name) <= 2:
            continue
        if right_key in entity.name.lower().split() or entity.name == right:
            continue
        names.append(entity.name)
    return names[: MAX_CHOICES - 1]


def _attribution_questions(ctx: _Context, bank: _Bank) -> None:
    for article, analysis in zip(ctx.articles, ctx.analyses, strict=True):
        title = ctx.title(article)
        for index, attribution in enumerate(_named_attributions(analysis)):
            name = attribution.source or ""
            wrong = _distractor_names(ctx, article, name)
            if len(wrong) < 2:
                continue
            entity = analysis.source(name)
            start = min(attribution.start, attribution.speaker_start or attribution.start)
            end = max(attribution.end, attribution.speaker_end or attribution.end)
            span = _sentence_span(article, start, end)
            if span is None:
                continue
            quote = article.text[span.start : span.end].strip()
            said = _short(attribution.text, 100)
            if attribution.kind == "quote":
                how = (
                    f"the speech clause “{attribution.verb}” credits the quoted words to {_who(entity, name)}"
                    if attribution.speaker_start is not None
                    else f"the quotation continues the words of {_who(entity, name)}, named earlier in the paragraph"
                )
                claim = f"“{said}”"
                prompt = f"In “{title}”, who is quoted saying “{said}”?"
            else:
                how = (
                    f"the writer reports, in their own words, what {_who(entity, name)} "
                    f"said (“{attribution.verb}”)"
                )
                claim = f"that {said}"
                prompt = f"In “{title}”, who says {claim}?"
            explanation = f"The article says: “{_short(quote, 260)}” Here {how}."
            evidence = [_evidence(article, span)]
            words = (name.split()[-1], *attribution.text.split()[:5])
            if index % 3 == 2:
                answer = bank.true_false["true"] <= bank.true_false["false"]
                shown = name if answer else wrong[0]
                bank.add(
                    "attribution",
                    words,
                    type="true_false",
                    skill="attribution",
                    prompt=f"True or false: in “{title}”, {shown} is the one who says {claim}.",
                    answer_key=f"{shown}={answer}",
                    answer=answer,
                    feedback={
                        "false" if answer else "true": (
                            f"Look at who the words are credited to: {_who(entity, name)}."
                        )
                    },
                    explanation=explanation,
                    evidence=evidence,
                )
                continue
            feedback = {
                other: f"{other} appears in the articles, but these words are not credited to them."
                for other in wrong
            }
            bank.add(
                "attribution",
                words,
                type="single_choice",
                skill="attribution",
                prompt=prompt,
                answer_key=name,
                choices=lambda qid, name=name, wrong=wrong, feedback=feedback: _choices(
                    qid, [name], wrong, feedback
                ),
                explanation=explanation,
                evidence=evidence,
            )


# --- cause: who blames what on what? ----------------------------------------------------


def _cause_evidence(article: Article, claims: Iterable[CauseClaim]) -> list[dict[str, str] | None]:
    found = []
    for claim in claims:
        span = _sentence_span(article, claim.start, claim.end)
        if span is not None:
            found.append(_evidence(article, span))
    return found


def _cause_questions(ctx: _Context, bank: _Bank) -> None:
    all_labels: list[str] = []
    backers: dict[str, list[tuple[Article, CauseClaim]]] = {}
    deniers: dict[str, list[str]] = {}
    for article, analysis in zip(ctx.articles, ctx.analyses, strict=True):
        for claim in analysis.causes:
            if claim.cause not in all_labels and len(claim.cause) > 2:
                all_labels.append(claim.cause)
            if claim.source and not claim.negated:
                backers.setdefault(claim.cause, []).append((article, claim))
            elif claim.source:
                deniers.setdefault(claim.cause, []).append(claim.source)

    # What does S blame?
    for article, analysis in zip(ctx.articles, ctx.analyses, strict=True):
        title = ctx.title(article)
        by_source: dict[str, list[CauseClaim]] = {}
        for claim in analysis.causes:
            if claim.source:
                by_source.setdefault(claim.source, []).append(claim)
        for source, claims in by_source.items():
            affirmed = list(dict.fromkeys(c.cause for c in claims if not c.negated))
            denied = [c.cause for c in claims if c.negated and c.cause not in affirmed]
            entity = analysis.source(source)
            for claim in (c for c in claims if c.negated):
                _denied_cause_question(ctx, bank, article, source, entity, claim)
            if not affirmed or len(affirmed) > 3:
                continue
            wrong = list(dict.fromkeys([*denied, *(x for x in all_labels if x not in affirmed)]))
            wrong = wrong[: max(2, MAX_CHOICES - len(affirmed))]
            if len(wrong) < 2:
                continue
            right_texts = [_display(x) for x in affirmed]
            wrong_texts = [_display(x) for x in wrong]
            feedback = {
                _display(x): (
                    f"{source} rejects this cause."
                    if x in denied
                    else "Another cause named in the articles, but not by this source."
                )
                for x in wrong
            }
            used = [c for c in claims if not c.negated]
            passages = "; ".join(dict.fromkeys(f"“{c.text}”" for c in used))
            multiple = len(affirmed) > 1
            bank.add(
                "cause",
                (source.split()[-1], *affirmed),
                type="multiple_choice" if multiple else "single_choice",
                skill="cause",
                prompt=(
                    f"In “{title}”, which causes does {_who(entity, source)} point to? "
                    "Select all that apply."
                    if multiple
                    else f"In “{title}”, what does {_who(entity, source)} blame for what happened?"
                ),
                answer_key="+".join(affirmed),
                choices=lambda qid, r=right_texts, w=wrong_texts, f=feedback: _choices(
                    qid, r, w, f
                ),
                explanation=(
                    f"The cause comes from {source}, not from the writer: {passages}. "
                    f"{source} points to {', '.join(affirmed)}."
                ),
                evidence=_cause_evidence(article, used),
            )

    # Who blames C?
    for label, claims in backers.items():
        names = list(dict.fromkeys(c.source for _, c in claims if c.source))
        if len(names) > 3:
            continue
        keys = {n.split()[-1].lower() for n in names}
        denying = [d for d in deniers.get(label, []) if d not in names]
        others = [e.name for e in ctx.named if e.key not in keys and e.name not in denying]
        wrong = list(dict.fromkeys([*denying, *others]))[: max(2, MAX_CHOICES - len(names))]
        if len(wrong) < 2:
            continue
        feedback = {
            n: (
                f"{n} rejects {label} as the cause."
                if n in denying
                else f"{n} does not put it down to {label} in these articles."
            )
            for n in wrong
        }
        multiple = len(names) > 1
        passages = "; ".join(dict.fromkeys(f"{c.source}: “{c.text}”" for _, c in claims))
        evidence = [e for article, c in claims for e in _cause_evidence(article, [c])]
        bank.add(
            "who-blames",
            (label,),
            type="multiple_choice" if multiple else "single_choice",
            skill="cause",
            prompt=(
                f"Which of these sources put it down to {label}? Select all that apply."
                if multiple
                else f"Who puts it down to {label}?"
            ),
            answer_key="+".join(names),
            choices=lambda qid, r=names, w=wrong, f=feedback: _choices(qid, r, w, f),
            explanation=f"The articles credit {label} as a cause to {', '.join(names)}. {passages}.",
            evidence=evidence,
        )


def _denied_cause_question(
    ctx: _Context,
    bank: _Bank,
    article: Article,
    source: str,
    entity: Entity | None,
    claim: CauseClaim,
) -> None:
    span = _sentence_span(article, claim.start, claim.end)
    if span is None:
        return
    quote = article.text[span.start : span.end].strip()
    bank.add(
        "cause-denied",
        (source.split()[-1], claim.cause),
        type="true_false",
        skill="cause",
        prompt=(
            f"True or false: in “{ctx.title(article)}”, {_who(entity, source)} "
            f"blames {claim.cause}."
        ),
        answer_key="false",
        answer=False,
        feedback={"true": f"Read again: “{claim.text}”. The cause is named only to be rejected."},
        explanation=(
            f"The article says: “{_short(quote, 260)}” {source} names {claim.cause} "
            "only to deny it was the cause."
        ),
        evidence=[_evidence(article, span)],
    )


# --- fact or framing ----------------------------------------------------------------------


def _overlaps(start: int, end: int, spans: Iterable[Any]) -> bool:
    return any(s.start < end and start < s.end for s in spans)


def _fact_or_framing_candidates(
    article: Article, analysis: Analysis
) -> dict[str, list[tuple[Span, str]]]:
    """Sentences of each kind: plain facts, attributed claims, the writer's framing."""
    text = article.text
    loaded = [f for f in analysis.language if f.voice == "writer" and f.category == "loaded"]
    hedges = [f for f in analysis.language if f.category == "hedge"]
    found: dict[str, list[tuple[Span, str]]] = {"fact": [], "attributed": [], "framing": []}
    strong, weak = [], []
    for claim in analysis.writer_claims:
        if len(claim.text) > MAX_STATEMENT:
            continue
        span = Span(claim.start, claim.end)
        if claim.judgement:
            has_loaded = _overlaps(claim.start, claim.end, loaded)
            (strong if has_loaded else weak).append((span, "framing"))
            continue
        body = claim.text.strip()
        plain = (
            6 <= len(body.split()) <= 45
            and body.endswith(".")
            and not _NOT_PLAIN.search(body)
            and not _OPENERS.match(body)
            and not _VAGUE_PHRASE.search(body)
            and _PROPER_OR_FIGURE.search(body)
            and not _overlaps(claim.start, claim.end, hedges)
            and not _overlaps(claim.start, claim.end, analysis.causes)
        )
        if plain:
            found["fact"].append((span, "fact"))
    found["framing"] = strong + weak
    for attribution in _named_attributions(analysis):
        if attribution.speaker_start is None or attribution.speaker_end is None:
            continue
        speaker = text[attribution.speaker_start : attribution.speaker_end]
        if not re.search(r"\b(?!(?:He|She|They|It|We|I)\b)[A-Z][a-z]", speaker):
            continue  # "she said" alone does not show the reader whose claim it is
        span = _sentence_span(
            article,
            min(attribution.start, attribution.speaker_start),
            max(attribution.end, attribution.speaker_end),
        )
        if span is None or span.end - span.start > MAX_STATEMENT:
            continue
        writer_causes = [c for c in analysis.causes if c.source is None]
        if _overlaps(span.start, span.end, writer_causes):
            continue  # the writer's own claim shares the sentence
        if all(span != s for s, _ in found["attributed"]):
            found["attributed"].append((span, "attributed"))
    return found


_FOF_FEEDBACK = {
    "fact": {
        "attributed": "No one is quoted or credited here: the writer states it directly.",
        "framing": "There is no opinion or emotional word here; it is a checkable detail.",
    },
    "attributed": {
        "fact": "Look for who says it: the claim is credited to a named source.",
        "framing": "The judgement, if any, belongs to the named source, not to the writer.",
    },
    "framing": {
        "fact": "This is not a checkable detail: it judges or colours what happened.",
        "attributed": "No one is credited with these words: they are the writer's own.",
    },
}


def _fact_or_framing_questions(ctx: _Context, bank: _Bank) -> None:
    per_label: dict[str, list[tuple[Article, Analysis, Span]]] = {
        "fact": [],
        "attributed": [],
        "framing": [],
    }
    for article, analysis in zip(ctx.articles, ctx.analyses, strict=True):
        for label, items in _fact_or_framing_candidates(article, analysis).items():
            per_label[label].extend((article, analysis, s) for s, _ in items[:FOF_PER_ARTICLE])
    counts = sorted(len(v) for v in per_label.values())
    # At most the median, so no answer outnumbers the other two together, and at most a
    # little over twice the rarest answer, so the set stays roughly balanced.
    cap = min(counts[1], 2 * counts[0] + 1) if counts[0] else counts[1]
    if cap == 0:
        return
    used: set[tuple[str, int]] = set()
    for label in ("fact", "attributed", "framing"):
        for article, analysis, span in _round_robin(per_label[label], ctx)[:cap]:
            if (article.id, span.start) in used:
                continue
            used.add((article.id, span.start))
            statement = article.text[span.start : span.end].strip()
            bank.add(
                "fof",
                (label, *statement.split()[:5]),
                type="fact_or_framing",
                skill="fact_vs_framing",
                prompt=(
                    f"In “{ctx.title(article)}”: is this a reported fact, a claim attributed "
                    "to a named source, or the writer's own framing?"
                ),
                statement=statement,
                answer_key=label,
                answer=label,
                feedback=_FOF_FEEDBACK[label],
                explanation=_fof_explanation(label, statement, analysis, span),
                evidence=[_evidence(article, span)],
            )


def _round_robin(
    items: list[tuple[Article, Analysis, Span]], ctx: _Context
) -> list[tuple[Article, Analysis, Span]]:
    """Take items from each article in turn, so one article does not fill the set."""
    queues = [[i for i in items if i[0].id == a.id] for a in ctx.articles]
    ordered = []
    while any(queues):
        for queue in queues:
            if queue:
                ordered.append(queue.pop(0))
    return ordered


def _fof_explanation(label: str, statement: str, analysis: Analysis, span: Span) -> str:
    if label == "fact":
        return (
            f"“{_short(statement, 200)}” is stated plainly by the writer: a checkable "
            "detail, with no judgement and no one else's claim."
        )
    if label == "attributed":
        speaker = next(
            (a for a in analysis.attributions if span.start <= a.start < span.end and a.source),
            None,
        )
        who = speaker.source if speaker else "a named source"
        return f"“{_short(statement, 200)}” The claim is credited to {who}; the writer reports it."
    words = [
        f.text
        for f in analysis.language
        if span.start <= f.start < span.end and f.voice == "writer"
    ]
    claim = next((c for c in analysis.writer_claims if c.start == span.start), None)
    judging = list(dict.fromkeys([*words, *(claim.evaluative if claim else [])]))
    shown = ", ".join(f"“{w}”" for w in judging) or "its judgement"
    return (
        f"“{_short(statement, 200)}” No one is credited with this: it is the writer's own "
        f"view, shown by {shown}."
    )


# --- loaded language ------------------------------------------------------------------------


def _loaded_language_questions(ctx: _Context, bank: _Bank) -> None:
    for article, analysis in zip(ctx.articles, ctx.analyses, strict=True):
        text = article.text
        lowered = text.lower()
        by_sentence: dict[Span, list[str]] = {}
        for finding in analysis.language:
            if finding.category != "loaded" or finding.voice != "writer":
                continue
            if finding.paragraph_kind != "body":
                continue
            span = _sentence_span(article, finding.start, finding.end)
            if span is None or span.end - span.start > MAX_STATEMENT:
                continue
            words = by_sentence.setdefault(span, [])
            if finding.text.lower() not in (w.lower() for w in words):
                words.append(finding.text)
        made = 0
        for span, loaded in by_sentence.items():
            if made >= 3 or len(loaded) > 2:
                continue
            sentence = text[span.start : span.end].strip()
            paragraph = _paragraph(article, span.start) or span
            quoted = _quoted(text, paragraph.start, paragraph.end)
            taken = {w.lower() for w in loaded}
            candidates = []
            for match in re.finditer(r"\b[a-z][a-z-]{4,}\b", text[span.start : span.end]):
                word = match.group()
                position = span.start + match.start()
                if (
                    word in _JUDGING
                    or word in _STOPWORDS
                    or word in taken
                    or _may_judge(word, lowered)
                    or any(q.start <= position < q.end for q in quoted)
                ):
                    continue
                taken.add(word)
                candidates.append(word)
            # Words the article keeps returning to (its topic: "walrus", "footage") are
            # the most neutral; a word listed next to a loaded one ("raw, urgent") is not.
            neighbours = _list_neighbours(text, span, loaded)
            wrong = sorted(
                (w for w in candidates if w not in neighbours),
                key=lambda w: (-lowered.count(w), -len(w), w),
            )[:3]
            if len(wrong) < 2:
                continue
            multiple = len(loaded) > 1
            shown = ", ".join(f"“{w}”" for w in loaded)
            feedback = {w: f"“{w}” describes; it does not judge." for w in wrong}
            added = bank.add(
                "loaded",
                (*loaded, *sentence.split()[:3]),
                type="multiple_choice" if multiple else "single_choice",
                skill="loaded_language",
                prompt=(
                    f"In “{ctx.title(article)}”, the writer says: “{sentence}” "
                    + (
                        "Which words are the writer's own loaded language? Select all that apply."
                        if multiple
                        else "Which word is the writer's own loaded language?"
                    )
                ),
                answer_key="+".join(loaded),
                choices=lambda qid, r=loaded, w=wrong, f=feedback: _choices(qid, r, w, f),
                explanation=(
                    f"{shown} colour{'' if multiple else 's'} the report with feeling or "
                    "judgement, and no one is quoted saying it: it is the writer's own voice. "
                    f"The other words only describe. The sentence: “{_short(sentence, 220)}”"
                ),
                evidence=[_evidence(article, span)],
            )
            made += added


# Adjective and participle endings: a word shaped like these may itself judge
# ("staggering", "outrageous", "dreadful"), so it is not offered as a neutral choice
# unless the article keeps using it as a plain topic word.
_EVALUATIVE_ENDING = re.compile(r"(?:ing|ous|ful|ive|ible|able|ic|ical|less|est|ly)$")


def _may_judge(word: str, lowered_text: str) -> bool:
    return bool(_EVALUATIVE_ENDING.search(word)) and lowered_text.count(word) < 3


def _listed_with(text: str, span: Span, word: str, loaded: list[str]) -> bool:
    """Whether ``word`` stands in a list right next to one of the ``loaded`` words."""
    return word.lower() in _list_neighbours(text, span, loaded)


_LIST_SEPARATOR = r"(?:,|,? and|,? or)\s+"


def _list_neighbours(text: str, span: Span, loaded: list[str]) -> set[str]:
    """Every word that stands in a list right next to one of the ``loaded`` words.

    One scan per loaded word instead of one regex per (candidate, loaded word) pair.  A
    word counts when it ends right before "<sep> loaded" or starts right after
    "loaded <sep>", including the pieces of a hyphenated word that touch the separator.
    """
    chunk = text[span.start : span.end]
    found: set[str] = set()
    for other in loaded:
        escaped = re.escape(other)
        before = re.compile(rf"\b([\w-]+)(?={_LIST_SEPARATOR}{escaped}\b)", re.IGNORECASE)
        after = re.compile(rf"\b{escaped}(?={_LIST_SEPARATOR}([\w-]+))", re.IGNORECASE)
        for match in before.finditer(chunk):
            pieces = match.group(1).lower().split("-")
            found.update("-".join(pieces[i:]) for i in range(len(pieces)))
        for match in after.finditer(chunk):
            pieces = match.group(1).lower().split("-")
            found.update("-".join(pieces[: i + 1]) for i in range(len(pieces)))
    return found


# --- source comparison ----------------------------------------------------------------------


def _source_comparison_questions(ctx: _Context, bank: _Bank, comparison: Sequence[Any]) -> None:
    grouped_fact: dict[str, list[Any]] = {}
    for disagreement in comparison:
        if disagreement.kind == "figure":
            _figure_question(ctx, bank, disagreement)
        elif disagreement.kind == "role":
            _role_question(ctx, bank, disagreement)
        elif disagreement.kind == "cause_denied":
            _cause_denied_comparison(ctx, bank, disagreement)
        elif disagreement.kind == "attributed_vs_fact":
            grouped_fact.setdefault(disagreement.about, []).append(disagreement)
    for about, disagreements in grouped_fact.items():
        _attributed_vs_fact_question(ctx, bank, about, disagreements)


def _item_evidence(ctx: _Context, item: Any) -> dict[str, str] | None:
    article, _ = ctx.by_id[item.article]
    span = _sentence_span(article, item.start, item.end)
    return _evidence(article, span) if span else None


def _figure_question(ctx: _Context, bank: _Bank, disagreement: Any) -> None:
    first, *others = disagreement.items
    if first.article not in ctx.by_id or not others:
        return
    right = ctx.titles[first.article]
    wrong = [ctx.titles[a.id] for a in ctx.articles if a.id != first.article][: MAX_CHOICES - 1]
    figures = "; ".join(f"{ctx.titles[i.article]}: “{i.text}”" for i in disagreement.items)
    bank.add(
        "compare-figure",
        (disagreement.about, first.text),
        type="single_choice",
        skill="source_comparison",
        prompt=(
            f"The articles give different figures for {disagreement.about}. "
            f"Which article gives “{first.text}”?"
        ),
        answer_key=right,
        choices=lambda qid: _choices(qid, [right], wrong),
        explanation=(
            f"The figures differ: {figures}. Comparing sources shows the number depends on "
            "who is counting and how."
        ),
        evidence=[_item_evidence(ctx, i) for i in disagreement.items],
    )


def _role_question(ctx: _Context, bank: _Bank, disagreement: Any) -> None:
    roles: dict[str, str] = {}
    name = ""
    for item in disagreement.items:
        _, analysis = ctx.by_id[item.article]
        entity = next((e for e in analysis.people if e.name == item.source), None)
        if entity is not None and entity.role:
            roles[item.article] = entity.role
            name = entity.name
    if len(set(r.lower() for r in roles.values())) < 2:
        return
    article_id, right = next(iter(roles.items()))
    wrong = [r for r in dict.fromkeys(roles.values()) if r.lower() != right.lower()]
    others = [e.role for e in ctx.named if e.role and e.name != name]
    wrong = list(dict.fromkeys([*wrong, *(r for r in others if r.lower() != right.lower())]))
    wrong = wrong[: MAX_CHOICES - 1]
    described = "; ".join(f"{ctx.titles[i.article]}: “{i.text}”" for i in disagreement.items)
    bank.add(
        "compare-role",
        (name, right),
        type="single_choice",
        skill="source_comparison",
        prompt=f"The articles describe {name} differently. What is {name} in “{ctx.titles[article_id]}”?",
        answer_key=right,
        choices=lambda qid: _choices(qid, [right], wrong),
        explanation=(
            f"Each article gives {name} a different role ({described}). A source's role "
            "tells you what they are in a position to know."
        ),
        evidence=[_item_evidence(ctx, i) for i in disagreement.items],
    )


def _cause_denied_comparison(ctx: _Context, bank: _Bank, disagreement: Any) -> None:
    denial, *backing = disagreement.items
    if not denial.source:
        return
    backers = [i.source for i in backing if i.source and i.source != denial.source]
    wrong = list(dict.fromkeys(backers))[: MAX_CHOICES - 1]
    if len(wrong) < 2:
        return
    label = disagreement.about
    bank.add(
        "compare-denies",
        (denial.source.split()[-1], label),
        type="single_choice",
        skill="source_comparison",
        prompt=f"Other sources blame {label}. Which source rejects {label} as the cause?",
        answer_key=denial.source,
        choices=lambda qid: _choices(
            qid,
            [denial.source],
            wrong,
            {w: f"{w} blames {label}; they do not reject it." for w in wrong},
        ),
        explanation=(
            f"{denial.source} denies it: “{denial.text}”, while "
            + ", ".join(f"{i.source or 'the writer'} says “{i.text}”" for i in backing[:3])
            + "."
        ),
        evidence=[_item_evidence(ctx, i) for i in disagreement.items[:4]],
    )


def _attributed_vs_fact_question(
    ctx: _Context, bank: _Bank, about: str, disagreements: list[Any]
) -> None:
    stated = list(dict.fromkeys(d.items[0].article for d in disagreements))
    sourced = [i.article for d in disagreements for i in d.items[1:] if i.article not in stated]
    right = [ctx.titles[a] for a in stated if a in ctx.titles]
    wrong = [ctx.titles[a] for a in dict.fromkeys(sourced) if a in ctx.titles]
    if not right or not wrong:
        return
    multiple = len(right) > 1
    items = [i for d in disagreements for i in d.items]
    credited = ", ".join(dict.fromkeys(i.source for i in items if i.source))
    bank.add(
        "compare-unsourced",
        (about,),
        type="multiple_choice" if multiple else "single_choice",
        skill="source_comparison",
        prompt=(
            f"Some articles credit {about} as a cause to a named source. Which "
            + (
                "articles state it in their own voice, with no source? Select all that apply."
                if multiple
                else "article states it in its own voice, with no source?"
            )
        ),
        answer_key="+".join(right),
        choices=lambda qid: _choices(qid, right, wrong),
        explanation=(
            f"{' and '.join(right)} state{'' if multiple else 's'} it as fact "
            + "; ".join(f"(“{d.items[0].text}”)" for d in disagreements)
            + f", while elsewhere it is credited to {credited or 'a named source'}."
        ),
        evidence=[_item_evidence(ctx, i) for i in items[:5]],
    )


# --- sourcing ---------------------------------------------------------------------------------


def _sourcing_questions(ctx: _Context, bank: _Bank) -> None:
    pools: dict[str, list[tuple[Article, Span, str]]] = {"vague": [], "none": [], "named": []}
    for article, analysis in zip(ctx.articles, ctx.analyses, strict=True):
        text = article.text
        attributed = [a for a in analysis.attributions if a.source]
        for attribution in analysis.attributions:
            if attribution.source_kind == "vague":
                span = _sentence_span(article, attribution.start, attribution.end)
                if span:
                    pools["vague"].append((article, span, attribution.source or "someone"))
        for paragraph in article.body_paragraphs:
            quoted = _quoted(text, paragraph.start, paragraph.end)
            for match in _VAGUE_PHRASE.finditer(text, paragraph.start, paragraph.end):
                if _overlaps(match.start(), match.end(), attributed) or any(
                    q.start <= match.start() < q.end for q in quoted
                ):
                    continue
                span = _sentence_span(article, match.start(), match.end())
                if span:
                    pools["vague"].append((article, span, match.group()))
        for claim in analysis.causes:
            if claim.source is None and not claim.negated:
                if _overlaps(claim.start, claim.end, attributed):
                    continue
                span = _sentence_span(article, claim.start, claim.end)
                if span and not _overlaps(span.start, span.end, attributed):
                    pools["none"].append((article, span, claim.cause))
        for attribution in _named_attributions(analysis):
            if attribution.kind == "paraphrase" and attribution.speaker_start is not None:
                span = _sentence_span(
                    article,
                    min(attribution.start, attribution.speaker_start),
                    max(attribution.end, attribution.speaker_end or attribution.end),
                )
                if span:
                    pools["named"].append((article, span, attribution.source or ""))
    limit = max(len(pools["vague"]), len(pools["none"]), 1)
    answers = {"vague": SOURCING_VAGUE, "none": SOURCING_NONE, "named": SOURCING_NAMED}
    seen: set[tuple[str, int]] = set()
    for kind in ("vague", "none", "named"):
        made = 0
        for article, span, who in pools[kind]:
            if made >= min(limit, 4) or (article.id, span.start) in seen:
                continue
            if span.end - span.start > MAX_STATEMENT:
                continue
            seen.add((article.id, span.start))
            sentence = article.text[span.start : span.end].strip()
            why = {
                "vague": f"The claim rests on “{who}”: no one you could name, ask or check.",
                "none": "No one is credited with this: the writer states it as if it were "
                "settled, without saying who says so.",
                "named": f"The claim is credited to {who}, whom a reader can identify and check.",
            }[kind]
            answer = answers[kind]
            if bank.add(
                "sourcing",
                (kind, *sentence.split()[:5]),
                type="single_choice",
                skill="sourcing",
                prompt=f"In “{ctx.title(article)}”: who stands behind this claim? “{sentence}”",
                answer_key=answer,
                choices=lambda qid, answer=answer: _choices(
                    qid, [answer], [c for c in SOURCING_CHOICES if c != answer]
                ),
                explanation=f"The article says: “{_short(sentence, 220)}” {why}",
                evidence=[_evidence(article, span)],
            ):
                made += 1


# --- the bank ---------------------------------------------------------------------------------


def generate_bank(
    articles: list[Article],
    analyses: list[Analysis],
    *,
    bank_id: str,
    title: str,
    comparison: Sequence[Any] | None = None,
) -> dict[str, Any]:
    """A draft bank (plain data in the bank format) about ``articles``.

    ``analyses[i]`` is the analysis of ``articles[i]``.  ``comparison`` is the output of
    :func:`quizapp.core.compare.compare` on them; it is computed when not given.
    """
    if len(articles) != len(analyses):
        raise ValueError("one analysis is needed for each article")
    ctx = _Context(list(articles), list(analyses))
    if comparison is None:
        from .compare import compare

        comparison = (
            compare(list(zip(articles, analyses, strict=True))) if len(articles) > 1 else []
        )
    bank = _Bank()
    _cause_questions(ctx, bank)
    _source_comparison_questions(ctx, bank, comparison)
    _attribution_questions(ctx, bank)
    _fact_or_framing_questions(ctx, bank)
    _loaded_language_questions(ctx, bank)
    _sourcing_questions(ctx, bank)
    names = ", ".join(f"“{t}”" for t in ctx.titles.values())
    return {
        "id": bank_id,
        "title": title,
        "description": (
            f"Draft questions generated from {len(articles)} "
            f"article{'s' if len(articles) != 1 else ''}: {names}."
        ),
        "articles": [a.id for a in articles],
        "questions": bank.questions,
    }


def generate_bank_yaml(
    articles: list[Article],
    analyses: list[Analysis],
    *,
    bank_id: str,
    title: str,
    comparison: Sequence[Any] | None = None,
    sources: Sequence[str] | None = None,
) -> str:
    """The draft bank as YAML text, with a header telling the teacher what to do with it."""
    data = generate_bank(articles, analyses, bank_id=bank_id, title=title, comparison=comparison)
    origin = ", ".join(sources or [a.source_file or a.id for a in articles])
    header = (
        f"# Draft generated by quizapp from {origin}; review every question, then set status: approved\n"
        "# Check it with: flask --app quizapp validate <this file>\n"
    )
    return header + dump_yaml(data)
