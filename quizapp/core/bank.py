"""The question-bank format: read a YAML bank, check it, and turn it into questions.

The format is documented for teachers in ``docs/question-format.md``.  Every problem
found is reported with file, line and column in plain words; a bank with any problem
is refused whole.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from .anchors import (
    closest_passage,
    differs_only_in_punctuation_marks,
    find_quote,
    make_selectors,
)
from .articles import shorten
from .yamlio import (
    Problem,
    YamlProblem,
    load_yaml,
    position_of_item,
    position_of_key,
    position_of_value,
)

SINGLE_CHOICE = "single_choice"
MULTIPLE_CHOICE = "multiple_choice"
TRUE_FALSE = "true_false"
FACT_OR_FRAMING = "fact_or_framing"
QUESTION_TYPES = (SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE, FACT_OR_FRAMING)

SKILLS = {
    "attribution": "Attribution: who said it",
    "cause": "Cause: who blames what on what",
    "fact_vs_framing": "Fact or framing",
    "loaded_language": "Loaded language",
    "source_comparison": "Comparing sources",
    "sourcing": "Sourcing: is the claim sourced, and how well",
}
STATUSES = ("draft", "approved", "retired")

FACT_OR_FRAMING_LABELS = {
    "fact": "Reported fact",
    "attributed": "A claim attributed to a named source",
    "framing": "The writer's own framing or opinion",
}
TRUE_FALSE_LABELS = {"true": "True", "false": "False"}

BANK_KEYS = {"id", "title", "description", "articles", "questions"}
QUESTION_KEYS = {
    "id", "type", "skill", "status", "prompt", "statement", "choices", "answer",
    "feedback", "explanation", "evidence", "tags", "notes",
}  # fmt: skip
CHOICE_KEYS = {"text", "correct", "feedback"}
EVIDENCE_KEYS = {"article", "quote"}
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


@dataclass(frozen=True)
class Choice:
    key: str
    text: str
    correct: bool
    feedback: str | None = None


@dataclass(frozen=True)
class Evidence:
    """A passage quoted from an article, with its offsets in the article's text."""

    article: str
    quote: str
    start: int
    end: int
    prefix: str = ""
    suffix: str = ""

    def selectors(self) -> dict[str, dict[str, Any]]:
        """The W3C Web Annotation selectors that find this passage again after edits."""
        return {
            "quote": {"exact": self.quote, "prefix": self.prefix, "suffix": self.suffix},
            "position": {"start": self.start, "end": self.end},
        }


@dataclass
class Question:
    id: str
    type: str
    skill: str
    status: str
    prompt: str
    choices: list[Choice]
    explanation: str
    evidence: list[Evidence]
    statement: str | None = None
    tags: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        """The prompt, with the sentence to judge when there is one (lists need both)."""
        return question_label(self.prompt, self.statement)

    @property
    def correct_keys(self) -> frozenset[str]:
        return frozenset(c.key for c in self.choices if c.correct)

    def is_correct(self, selected: set[str] | frozenset[str]) -> bool:
        """All-or-nothing: the selection must be exactly the set of correct choices."""
        return frozenset(selected) == self.correct_keys

    @property
    def content_hash(self) -> str:
        """A fingerprint of what a student sees, so stored answers keep their version."""
        seen = {k: v for k, v in asdict(self).items() if k not in {"status", "tags"}}
        encoded = json.dumps(seen, sort_keys=True, ensure_ascii=False).encode("utf-8")
        return hashlib.sha256(encoded).hexdigest()[:16]

    def to_data(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Question:
        values = dict(data)
        values["choices"] = [Choice(**c) for c in values["choices"]]
        values["evidence"] = [Evidence(**e) for e in values["evidence"]]
        return cls(**values)


def question_label(prompt: str, statement: str | None) -> str:
    """A one-line name for a question: fact-or-framing prompts alone all read alike."""
    if not statement:
        return prompt
    inner = statement.strip("\"“”'‘’ ")  # the label adds its own quotation marks
    return f"{prompt} “{shorten(inner, 90)}”"


@dataclass
class Bank:
    id: str
    title: str
    description: str | None
    articles: list[str]
    questions: list[Question]
    source: str = ""

    @property
    def approved(self) -> list[Question]:
        return [q for q in self.questions if q.status == "approved"]


@dataclass
class BankResult:
    """The outcome of reading a bank: the bank when it is valid, and every problem found."""

    source: str
    bank: Bank | None
    problems: list[Problem]

    @property
    def ok(self) -> bool:
        return self.bank is not None and not self.problems


class _Checker:
    """Walks the parsed YAML, collecting problems with their positions."""

    def __init__(self, source: str, articles: Mapping[str, str]) -> None:
        self.source = source
        self.articles = articles
        self.problems: list[Problem] = []

    def add(self, position: tuple[int, int], message: str) -> None:
        self.problems.append(Problem(self.source, position[0], position[1], message))

    def unknown_keys(self, node: CommentedMap, allowed: set[str], what: str) -> None:
        for key in node:
            if key not in allowed:
                hint = _did_you_mean(str(key), allowed)
                self.add(position_of_key(node, key), f"unknown key '{key}' in {what}{hint}")

    def text(self, node: CommentedMap, key: str, what: str, required: bool = True) -> str | None:
        if key not in node or node[key] is None:
            if required:
                self.add(position_of_key(node), f"{what} is missing '{key}'")
            return None
        value = node[key]
        if isinstance(value, (CommentedMap, CommentedSeq, list, dict)):
            self.add(position_of_value(node, key), f"'{key}' should be text, not a list or block")
            return None
        if isinstance(value, bool):
            self.add(position_of_value(node, key), f"'{key}' should be text, not true/false")
            return None
        text = str(value).strip()
        if required and not text:
            self.add(position_of_value(node, key), f"'{key}' is empty")
            return None
        return text

    def one_of(
        self, node: CommentedMap, key: str, allowed: tuple[str, ...], what: str
    ) -> str | None:
        value = self.text(node, key, what)
        if value is not None and value not in allowed:
            options = ", ".join(allowed)
            self.add(
                position_of_value(node, key), f"'{key}' is '{value}'; expected one of: {options}"
            )
            return None
        return value

    def check_bank(self, data: Any) -> Bank | None:
        if not isinstance(data, CommentedMap):
            self.add((1, 1), "a bank must be a block of 'key: value' lines starting with 'id:'")
            return None
        self.unknown_keys(data, BANK_KEYS, "the bank")
        bank_id = self.text(data, "id", "the bank")
        if bank_id and not ID_PATTERN.match(bank_id):
            self.add(position_of_value(data, "id"), "the bank id may use only a-z, 0-9, - and _")
        title = self.text(data, "title", "the bank")
        description = self.text(data, "description", "the bank", required=False)
        article_ids = self.check_article_list(data)
        questions = self.check_questions(data, article_ids)
        if self.problems or bank_id is None or title is None or questions is None:
            return None
        return Bank(bank_id, title, description, article_ids, questions, self.source)

    def check_article_list(self, data: CommentedMap) -> list[str]:
        node = data.get("articles")
        if not isinstance(node, CommentedSeq) or not node:
            where = (
                position_of_value(data, "articles") if "articles" in data else position_of_key(data)
            )
            self.add(where, "the bank needs 'articles:', a list of the article ids it quotes")
            return []
        ids = []
        for index, item in enumerate(node):
            article_id = str(item)
            if article_id not in self.articles:
                known = ", ".join(sorted(self.articles)) or "none"
                message = (
                    f"article '{article_id}' does not exist in the article library (known: {known})"
                )
                self.add(position_of_item(node, index), message)
            ids.append(article_id)
        return ids

    def check_questions(self, data: CommentedMap, article_ids: list[str]) -> list[Question] | None:
        node = data.get("questions")
        if not isinstance(node, CommentedSeq) or not node:
            where = (
                position_of_value(data, "questions")
                if "questions" in data
                else position_of_key(data)
            )
            self.add(where, "the bank needs 'questions:', a list of at least one question")
            return None
        questions: list[Question] = []
        first_seen: dict[str, int] = {}
        for index, item in enumerate(node):
            if not isinstance(item, CommentedMap):
                self.add(
                    position_of_item(node, index),
                    "each question must be a block of 'key: value' lines",
                )
                continue
            question = self.check_question(item, article_ids)
            question_id = str(item.get("id", ""))
            if question_id in first_seen:
                first_line = first_seen[question_id]
                message = f"duplicate question id '{question_id}' (first used on line {first_line})"
                self.add(position_of_value(item, "id"), message)
            elif question_id:
                first_seen[question_id] = position_of_value(item, "id")[0]
            if question is not None:
                questions.append(question)
        return questions

    def check_question(self, node: CommentedMap, article_ids: list[str]) -> Question | None:
        before = len(self.problems)
        question_id = self.text(node, "id", "a question")
        what = f"question '{question_id}'" if question_id else "a question"
        if question_id and not ID_PATTERN.match(question_id):
            self.add(position_of_value(node, "id"), "a question id may use only a-z, 0-9, - and _")
        self.unknown_keys(node, QUESTION_KEYS, what)
        kind = self.one_of(node, "type", QUESTION_TYPES, what)
        skill = self.one_of(node, "skill", tuple(SKILLS), what)
        status = self.one_of(node, "status", STATUSES, what)
        prompt = self.text(node, "prompt", what)
        explanation = self.text(node, "explanation", what)
        evidence = self.check_evidence(node, what, article_ids)
        statement = None
        choices: list[Choice] = []
        if kind in (SINGLE_CHOICE, MULTIPLE_CHOICE):
            choices = self.check_choices(node, kind, what)
        elif kind == TRUE_FALSE:
            choices = self.check_true_false(node, what)
        elif kind == FACT_OR_FRAMING:
            statement = self.text(node, "statement", what)
            choices = self.check_fact_or_framing(node, what)
            if (
                statement
                and evidence
                and not any(statement in e.quote or e.quote in statement for e in evidence)
            ):
                self.add(
                    position_of_value(node, "statement"),
                    "the statement must be one of the evidence quotes",
                )
        if kind not in (FACT_OR_FRAMING,) and "statement" in node and kind is not None:
            self.add(
                position_of_key(node, "statement"),
                f"'statement' is only for {FACT_OR_FRAMING} questions",
            )
        tags = self.check_tags(node)
        if len(self.problems) > before:
            return None
        assert question_id and kind and skill and status and prompt and explanation
        return Question(
            question_id,
            kind,
            skill,
            status,
            prompt,
            choices,
            explanation,
            evidence,
            statement,
            tags,
        )

    def check_choices(self, node: CommentedMap, kind: str, what: str) -> list[Choice]:
        items = node.get("choices")
        if "feedback" in node:
            self.add(
                position_of_key(node, "feedback"),
                f"{kind} takes 'feedback:' on each choice, not on the question",
            )
        if "answer" in node:
            self.add(
                position_of_key(node, "answer"),
                f"'answer' is not used by {kind}; mark choices 'correct: true'",
            )
        if not isinstance(items, CommentedSeq) or len(items) < 2:
            where = (
                position_of_value(node, "choices") if "choices" in node else position_of_key(node)
            )
            self.add(where, f"{what} needs 'choices:', a list of at least two choices")
            return []
        choices = []
        seen: set[str] = set()
        for index, item in enumerate(items):
            if not isinstance(item, CommentedMap):
                self.add(
                    position_of_item(items, index),
                    "each choice needs 'text:' (and 'correct: true' for right answers)",
                )
                continue
            self.unknown_keys(item, CHOICE_KEYS, "a choice")
            text = self.text(item, "text", "a choice")
            correct = item.get("correct", False)
            if not isinstance(correct, bool):
                self.add(position_of_value(item, "correct"), "'correct' must be true or false")
                correct = False
            if text in seen:
                self.add(position_of_value(item, "text"), f"the choice '{text}' is listed twice")
            seen.add(text or "")
            feedback = self.text(item, "feedback", "a choice", required=False)
            choices.append(Choice(chr(ord("a") + index), text or "", correct, feedback))
        correct_count = sum(c.correct for c in choices)
        where = position_of_value(node, "choices")
        if correct_count == 0:
            self.add(where, "choice list has no correct answer (mark one with 'correct: true')")
        elif kind == SINGLE_CHOICE and correct_count > 1:
            self.add(
                where,
                f"single_choice has {correct_count} correct answers; "
                "use multiple_choice or mark just one",
            )
        return choices

    def check_tags(self, node: CommentedMap) -> list[str]:
        tags = node.get("tags")
        if tags is None:
            return []
        if not isinstance(tags, CommentedSeq):
            self.add(
                position_of_value(node, "tags"),
                "'tags' must be a list, e.g. tags: [walrus, netflix]",
            )
            return []
        return [str(t) for t in tags]

    def _answer(self, node: CommentedMap, allowed: Mapping[str, str], what: str) -> str | None:
        if "answer" not in node:
            self.add(position_of_key(node), f"{what} is missing 'answer'")
            return None
        raw = node["answer"]
        value = str(raw).lower() if isinstance(raw, bool) else str(raw)
        if value not in allowed:
            options = ", ".join(allowed)
            self.add(
                position_of_value(node, "answer"),
                f"'answer' is '{raw}'; expected one of: {options}",
            )
            return None
        return value

    def _fixed_choices(
        self, node: CommentedMap, labels: Mapping[str, str], what: str
    ) -> list[Choice]:
        if "choices" in node:
            self.add(
                position_of_key(node, "choices"), f"{what} has fixed choices; remove 'choices:'"
            )
        answer = self._answer(node, labels, what)
        feedback = node.get("feedback", {})
        if "feedback" in node and not isinstance(feedback, CommentedMap):
            self.add(
                position_of_value(node, "feedback"),
                "'feedback' must map each answer to its feedback",
            )
            feedback = {}
        for key in feedback:
            normalised = str(key).lower() if isinstance(key, bool) else str(key)
            if normalised not in labels:
                self.add(position_of_key(feedback, key), f"feedback for unknown answer '{key}'")
        by_key = {
            (str(k).lower() if isinstance(k, bool) else str(k)): str(v) for k, v in feedback.items()
        }
        return [Choice(key, label, key == answer, by_key.get(key)) for key, label in labels.items()]

    def check_true_false(self, node: CommentedMap, what: str) -> list[Choice]:
        return self._fixed_choices(node, TRUE_FALSE_LABELS, what)

    def check_fact_or_framing(self, node: CommentedMap, what: str) -> list[Choice]:
        return self._fixed_choices(node, FACT_OR_FRAMING_LABELS, what)

    def check_evidence(
        self, node: CommentedMap, what: str, article_ids: list[str]
    ) -> list[Evidence]:
        items = node.get("evidence")
        if not isinstance(items, CommentedSeq) or not items:
            where = (
                position_of_value(node, "evidence") if "evidence" in node else position_of_key(node)
            )
            self.add(where, f"{what} needs 'evidence:', a list of {{article, quote}} passages")
            return []
        found = []
        for index, item in enumerate(items):
            if not isinstance(item, CommentedMap):
                self.add(
                    position_of_item(items, index),
                    "each evidence item needs 'article:' and 'quote:'",
                )
                continue
            self.unknown_keys(item, EVIDENCE_KEYS, "an evidence item")
            article_id = self.text(item, "article", "an evidence item")
            quote = self.text(item, "quote", "an evidence item")
            if article_id is None or quote is None:
                continue
            if article_id not in self.articles:
                self.add(
                    position_of_value(item, "article"),
                    f"article '{article_id}' does not exist in the article library",
                )
                continue
            if article_id not in article_ids:
                self.add(
                    position_of_value(item, "article"),
                    f"article '{article_id}' is not in the bank's 'articles:' list",
                )
            if "\n" in quote:
                self.add(
                    position_of_value(item, "quote"),
                    "a quote must stay within one paragraph (it contains a line break)",
                )
                continue
            text = self.articles[article_id]
            span = find_quote(text, quote)
            if span is None:
                self.add(
                    position_of_value(item, "quote"), _quote_not_found(article_id, text, quote)
                )
                continue
            quote_selector = make_selectors(text, *span)["quote"]
            found.append(
                Evidence(
                    article_id, quote, *span, quote_selector["prefix"], quote_selector["suffix"]
                )
            )
        return found


def _quote_not_found(article_id: str, text: str, quote: str) -> str:
    message = f'quote not found in {article_id}: "{shorten(quote, 70)}"'
    same_but_marks = differs_only_in_punctuation_marks(text, quote)
    if same_but_marks:
        return f'{message}; the article uses other quotation marks or dashes: "{same_but_marks}"'
    closest = closest_passage(text, quote)
    return f'{message}; closest passage: "{shorten(closest, 120)}"' if closest else message


def _did_you_mean(key: str, allowed: set[str]) -> str:
    from difflib import get_close_matches

    match = get_close_matches(key, sorted(allowed), n=1, cutoff=0.6)
    return f" (did you mean '{match[0]}'?)" if match else ""


def parse_bank(text: str, source: str, articles: Mapping[str, str]) -> BankResult:
    """Read and check a bank's YAML text against the article library's texts."""
    try:
        data = load_yaml(text, source)
    except YamlProblem as error:
        return BankResult(source, None, [error.problem])
    checker = _Checker(source, articles)
    bank = checker.check_bank(data)
    problems = sorted(checker.problems)
    return BankResult(source, None if problems else bank, problems)


def load_bank_file(path: Path, articles: Mapping[str, str]) -> BankResult:
    """Read and check the bank in ``path``."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return BankResult(
            str(path), None, [Problem(str(path), 1, 1, f"cannot read the file: {error}")]
        )
    return parse_bank(text, str(path), articles)


def bank_files(paths: list[Path]) -> list[Path]:
    """Expand folders into the ``.yaml``/``.yml`` files below them, in a stable order."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.suffix in {".yaml", ".yml"}))
        else:
            files.append(path)
    return files


def validate_paths(paths: list[Path], articles: Mapping[str, str]) -> list[BankResult]:
    """Check every bank under ``paths``; two files may not share a bank id."""
    results = [load_bank_file(path, articles) for path in bank_files(paths)]
    owner: dict[str, str] = {}
    for result in results:
        if result.bank is None:
            continue
        other = owner.setdefault(result.bank.id, result.source)
        if other != result.source:
            message = f"bank id '{result.bank.id}' is already used by {other}"
            result.problems.append(Problem(result.source, 1, 1, message))
            result.bank = None
    return results
