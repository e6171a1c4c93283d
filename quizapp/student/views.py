"""The student's side: the bank list and practice quizzes with evidence-linked feedback.

Practice needs no account: progress lives in the signed session cookie, and the
answer key never reaches the page before the student has answered.
"""

from __future__ import annotations

from flask import Blueprint, abort, redirect, render_template, session, url_for
from flask_wtf import FlaskForm
from sqlalchemy import func, select

from quizapp.core.bank import SKILLS, Question
from quizapp.db import db
from quizapp.models import ArticleRecord, BankRecord, QuestionRecord
from quizapp.quiz import answer_form, evidence_links, scores_by_skill, selected_keys

bp = Blueprint("student", __name__, template_folder="templates")


def load_bank(bank_id: str) -> tuple[BankRecord, list[Question]]:
    """The bank and its approved questions in order, or 404 when it has none."""
    bank, _ = bank_outline(bank_id)  # 404 for a bank with no approved questions
    records = db.session.scalars(
        select(QuestionRecord)
        .where(QuestionRecord.bank_id == bank_id, QuestionRecord.status == "approved")
        .order_by(QuestionRecord.position)
    )
    return bank, [record.to_question() for record in records]


def bank_outline(bank_id: str) -> tuple[BankRecord, list[tuple[str, str]]]:
    """The bank and the (id, skill) of its approved questions in order; 404 when none.

    Pages that show one question need only this outline, not every question's content.
    """
    bank = db.session.get(BankRecord, bank_id)
    if bank is None:
        abort(404)
    outline = [
        (key, skill)
        for key, skill in db.session.execute(
            select(QuestionRecord.key, QuestionRecord.skill)
            .where(QuestionRecord.bank_id == bank_id, QuestionRecord.status == "approved")
            .order_by(QuestionRecord.position)
        )
    ]
    if not outline:
        abort(404)
    return bank, outline


def load_question(bank_id: str, key: str) -> Question:
    record = db.session.scalar(
        select(QuestionRecord).where(QuestionRecord.bank_id == bank_id, QuestionRecord.key == key)
    )
    if record is None:
        abort(404)
    return record.to_question()


def _progress(bank_id: str) -> dict[str, list[str]]:
    """Answers given so far in this browser's practice of ``bank_id``: {question id: keys}."""
    return session.get("practice", {}).get(bank_id, {})


def _save_answer(bank_id: str, question_id: str, keys: list[str]) -> None:
    practice = dict(session.get("practice", {}))
    answers = dict(practice.get(bank_id, {}))
    answers.setdefault(question_id, keys)  # the first answer counts; resubmits change nothing
    practice[bank_id] = answers
    session["practice"] = practice


@bp.get("/")
def index():  # type: ignore[no-untyped-def]
    approved = func.count(QuestionRecord.id).filter(QuestionRecord.status == "approved")
    rows = db.session.execute(
        select(BankRecord, approved.label("approved"))
        .join(QuestionRecord, QuestionRecord.bank_id == BankRecord.id)
        .group_by(BankRecord.id)
        .order_by(BankRecord.title)
    ).all()
    banks = [(bank, count) for bank, count in rows if count]
    return render_template("student/index.html", banks=banks)


@bp.get("/practice/<bank_id>")
def bank(bank_id: str):  # type: ignore[no-untyped-def]
    bank, outline = bank_outline(bank_id)
    answered = _progress(bank_id)
    present = {skill for _, skill in outline}
    skills = [label for skill, label in SKILLS.items() if skill in present]
    next_number = next((n for n, (key, _) in enumerate(outline, 1) if key not in answered), None)
    titles = dict(
        db.session.execute(
            select(ArticleRecord.id, ArticleRecord.title).where(
                ArticleRecord.id.in_(bank.article_ids)
            )
        ).all()
    )
    return render_template(
        "student/bank.html",
        bank=bank,
        titles=titles,
        count=len(outline),
        skills=skills,
        answered=len([key for key, _ in outline if key in answered]),
        next_number=next_number,
        form=FlaskForm(),
    )


@bp.post("/practice/<bank_id>/start")
def start(bank_id: str):  # type: ignore[no-untyped-def]
    bank_outline(bank_id)
    form = FlaskForm()
    if not form.validate_on_submit():
        abort(400)
    practice = dict(session.get("practice", {}))
    practice[bank_id] = {}
    session["practice"] = practice
    return redirect(url_for("student.question", bank_id=bank_id, number=1))


@bp.route("/practice/<bank_id>/<int:number>", methods=["GET", "POST"])
def question(bank_id: str, number: int):  # type: ignore[no-untyped-def]
    bank, outline = bank_outline(bank_id)
    if not 1 <= number <= len(outline):
        abort(404)
    current = load_question(bank_id, outline[number - 1][0])
    form = answer_form(current)
    given = _progress(bank_id).get(current.id)
    if given is None and form.validate_on_submit():
        _save_answer(bank_id, current.id, selected_keys(form))
        return redirect(
            url_for("student.question", bank_id=bank_id, number=number, _anchor="feedback")
        )
    status = 422 if form.errors else 200
    feedback = None
    if given is not None:
        feedback = {
            "selected": set(given),
            "correct": current.is_correct(set(given)),
            "links": evidence_links(current),
        }
    return render_template(
        "student/question.html",
        bank=bank,
        question=current,
        number=number,
        total=len(outline),
        form=form,
        feedback=feedback,
        next_url=url_for("student.question", bank_id=bank_id, number=number + 1)
        if number < len(outline)
        else url_for("student.results", bank_id=bank_id),
    ), status


@bp.get("/practice/<bank_id>/results")
def results(bank_id: str):  # type: ignore[no-untyped-def]
    bank, questions = load_bank(bank_id)
    answered = _progress(bank_id)
    graded = [
        (number, q, q.is_correct(set(answered[q.id])))
        for number, q in enumerate(questions, start=1)
        if q.id in answered
    ]
    return render_template(
        "student/results.html",
        bank=bank,
        graded=graded,
        total=len(questions),
        correct=sum(ok for _, _, ok in graded),
        skills=scores_by_skill((q.skill, ok) for _, q, ok in graded),
    )
