"""What practice and assigned quizzes share: the answer form, grading and feedback."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from flask import request, url_for
from flask_wtf import FlaskForm
from wtforms import RadioField, SelectMultipleField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired
from wtforms.widgets import CheckboxInput, ListWidget

from quizapp.core.anchors import text_fragment_url
from quizapp.core.bank import MULTIPLE_CHOICE, SKILLS, Choice, Evidence, Question


class CheckboxListField(SelectMultipleField):
    """Select-all-that-apply, drawn as a list of checkboxes."""

    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class AnswerForm(FlaskForm):
    """One question's answer; the choice field is added per question type."""


def answer_form(question: Question, choices: Iterable[Choice] | None = None) -> AnswerForm:
    """A form for ``question``: checkboxes for select-all-that-apply, radio buttons otherwise."""
    options = [SelectChoice(c.key, c.text) for c in (choices or question.choices)]
    message = "Choose an answer before you check it."
    if question.type == MULTIPLE_CHOICE:
        field = CheckboxListField(
            "Select all that apply", choices=options, validators=[InputRequired(message)]
        )
    else:
        field = RadioField("Your answer", choices=options, validators=[InputRequired(message)])

    class _Form(AnswerForm):
        answer = field

    return _Form()


def selected_keys(form: AnswerForm) -> list[str]:
    data = form.answer.data  # type: ignore[attr-defined]
    return sorted(data) if isinstance(data, list) else [data]


@dataclass(frozen=True)
class EvidenceLink:
    """An evidence passage, re-found in the article as it is now, and the link to it.

    ``status`` is "exact" or "moved" (same words), "fuzzy" (the passage changed: the link
    shows the closest words and says so) or "lost" (no link: never the wrong words).
    """

    evidence: Evidence
    url: str | None
    status: str
    original_url: str | None = None
    article_title: str = ""

    @property
    def changed(self) -> bool:
        return self.status in ("fuzzy", "lost")


def evidence_links(question: Question) -> list[EvidenceLink]:
    """Links that open each evidence passage highlighted in its article."""
    from quizapp.content import locate_evidence
    from quizapp.db import db
    from quizapp.models import ArticleRecord

    links = []
    for evidence in question.evidence:
        found = locate_evidence(evidence)
        url = original = None
        if found.start is not None:
            params = {"hl": f"{found.start}-{found.end}"}
            if found.status == "fuzzy":
                params["changed"] = "1"
            # The article page offers a way back to the question the link came from.
            params["back"] = request.full_path.rstrip("?")
            url = url_for("articles.show", article_id=evidence.article, _anchor="passage", **params)
        article = db.session.get(ArticleRecord, evidence.article)
        if article is not None and article.url and found.status in ("exact", "moved"):
            original = text_fragment_url(article.url, evidence.quote)
        title = article.title if article is not None else evidence.article
        links.append(EvidenceLink(evidence, url, found.status, original, title))
    return links


@dataclass(frozen=True)
class SkillScore:
    skill: str
    label: str
    correct: int
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.correct / self.total) if self.total else 0


def scores_by_skill(results: Iterable[tuple[str, bool]]) -> list[SkillScore]:
    """Correct/total per skill from (skill, correct) pairs, in the canonical skill order."""
    totals: Counter[str] = Counter()
    correct: Counter[str] = Counter()
    for skill, is_correct in results:
        totals[skill] += 1
        correct[skill] += int(is_correct)
    return [
        SkillScore(skill, label, correct[skill], totals[skill])
        for skill, label in SKILLS.items()
        if totals[skill]
    ]
