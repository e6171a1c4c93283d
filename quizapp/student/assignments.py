"""Assigned quizzes: a student's work, attempts they can resume, and reviews."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for
from flask_login import current_user
from flask_wtf import FlaskForm
from sqlalchemy import select

from quizapp.access import assignment_for_student, attempt_for_student, now, student_required
from quizapp.attempts import (
    AttemptRefused,
    feedback_visible,
    ordered_question,
    record_answer,
    start_or_resume,
)
from quizapp.confirm import ask_to_confirm, confirmed
from quizapp.db import db
from quizapp.models import Assignment, Attempt, QuestionVersion, Response
from quizapp.quiz import answer_form, evidence_links, scores_by_skill, selected_keys

from .views import bp


@bp.get("/me")
@student_required
def my_work():  # type: ignore[no-untyped-def]
    current = now()
    assignments = db.session.scalars(
        select(Assignment)
        .where(Assignment.classroom_id == current_user.classroom_id)
        .order_by(Assignment.id.desc())
    ).all()
    visible = [a for a in assignments if a.opens_at is None or a.opens_at <= current]
    attempts = db.session.scalars(
        select(Attempt).where(Attempt.student_id == current_user.id).order_by(Attempt.id.desc())
    ).all()
    by_assignment: dict[int, list[Attempt]] = {}
    for attempt in attempts:
        by_assignment.setdefault(attempt.assignment_id, []).append(attempt)
    scores = _attempt_scores([a.id for a in attempts])
    return render_template(
        "student/my_work.html",
        classroom=current_user.classroom,
        assignments=visible,
        attempts=by_assignment,
        scores=scores,
        now=current,
    )


def _attempt_scores(attempt_ids: list[int]) -> dict[int, tuple[int, int]]:
    """(right, answered) per attempt, in one query."""
    if not attempt_ids:
        return {}
    rows = db.session.execute(
        select(Response.attempt_id, Response.correct).where(Response.attempt_id.in_(attempt_ids))
    ).all()
    totals: dict[int, tuple[int, int]] = {}
    for attempt_id, correct in rows:
        right, answered = totals.get(attempt_id, (0, 0))
        totals[attempt_id] = (right + int(correct), answered + 1)
    return totals


@bp.post("/assignments/<int:assignment_id>/start")
@student_required
def start_assignment(assignment_id: int):  # type: ignore[no-untyped-def]
    assignment = assignment_for_student(assignment_id)
    if not FlaskForm().validate_on_submit():
        abort(400)
    try:
        attempt = start_or_resume(db.session, assignment, current_user)
    except AttemptRefused as refusal:
        flash(str(refusal), "error")
        return redirect(url_for("student.my_work"))
    db.session.commit()
    return redirect(_first_unanswered(attempt))


def _first_unanswered(attempt: Attempt) -> str:
    """The attempt's first question without an answer (the last one when all are answered)."""
    answered = {r.version_id for r in attempt.responses}
    number = next(
        (n for n, item in enumerate(attempt.items, 1) if item["version_id"] not in answered),
        len(attempt.items),
    )
    return url_for("student.attempt_question", attempt_id=attempt.id, number=number)


@bp.route("/attempts/<int:attempt_id>/<int:number>", methods=["GET", "POST"])
@student_required
def attempt_question(attempt_id: int, number: int):  # type: ignore[no-untyped-def]
    attempt = attempt_for_student(attempt_id)
    if attempt.finished_at is not None:
        return redirect(url_for("student.attempt_review", attempt_id=attempt.id))
    if not 1 <= number <= len(attempt.items):
        abort(404)
    item = attempt.items[number - 1]
    version = db.session.get(QuestionVersion, item["version_id"])
    assert version is not None
    question = ordered_question(version, item["choices"])
    form = answer_form(question)
    response = db.session.scalar(
        select(Response).where(Response.attempt_id == attempt.id, Response.version_id == version.id)
    )
    if response is None and form.validate_on_submit():
        try:
            record_answer(db.session, attempt, version, selected_keys(form))
            db.session.commit()
        except AttemptRefused as refusal:
            flash(str(refusal), "error")
        return redirect(
            url_for(
                "student.attempt_question", attempt_id=attempt.id, number=number, _anchor="feedback"
            )
        )
    feedback = None
    if response is not None and feedback_visible(attempt, answered=True):
        feedback = {
            "selected": set(response.selected),
            "correct": response.correct,
            "links": evidence_links(question),
        }
    last = number == len(attempt.items)
    return render_template(
        "student/attempt_question.html",
        attempt=attempt,
        assignment=attempt.assignment,
        question=question,
        number=number,
        total=len(attempt.items),
        form=form,
        feedback=feedback,
        answered=response is not None,
        next_url=None
        if last
        else url_for("student.attempt_question", attempt_id=attempt.id, number=number + 1),
        finish_form=FlaskForm(),
    ), 422 if form.errors else 200


@bp.post("/attempts/<int:attempt_id>/finish")
@student_required
def finish_attempt(attempt_id: int):  # type: ignore[no-untyped-def]
    attempt = attempt_for_student(attempt_id)
    if not FlaskForm().validate_on_submit():
        abort(400)
    answered = {r.version_id for r in attempt.responses}
    missing = [n for n, item in enumerate(attempt.items, 1) if item["version_id"] not in answered]
    if attempt.finished_at is None and missing and not confirmed():
        count = len(missing)
        return ask_to_confirm(
            title="Finish with questions unanswered?",
            message=f"{count} question{'s' if count != 1 else ''} not answered yet will count as wrong, "
            "and this attempt will be over.",
            confirm_label="Finish anyway",
            cancel_url=url_for(
                "student.attempt_question", attempt_id=attempt.id, number=missing[0]
            ),
            cancel_label=f"Go to question {missing[0]}",
        )
    if attempt.finished_at is None:
        attempt.finished_at = now()
        db.session.commit()
    return redirect(url_for("student.attempt_review", attempt_id=attempt.id))


@bp.get("/attempts/<int:attempt_id>/review")
@student_required
def attempt_review(attempt_id: int):  # type: ignore[no-untyped-def]
    attempt = attempt_for_student(attempt_id)
    if attempt.finished_at is None and not attempt.assignment.is_closed(now()):
        # Still being answered: a review would show the key of the unanswered questions.
        return redirect(_first_unanswered(attempt))
    responses = {r.version_id: r for r in attempt.responses}
    versions = {
        v.id: v
        for v in db.session.scalars(
            select(QuestionVersion).where(
                QuestionVersion.id.in_([item["version_id"] for item in attempt.items])
            )
        )
    }
    show = feedback_visible(attempt, answered=True)
    reviewed = []
    for number, item in enumerate(attempt.items, start=1):
        question = ordered_question(versions[item["version_id"]], item["choices"])
        response = responses.get(item["version_id"])
        reviewed.append(
            {
                "number": number,
                "question": question,
                "response": response,
                "feedback": {
                    "selected": set(response.selected) if response else set(),
                    "correct": bool(response and response.correct),
                    "unanswered": response is None,
                    "links": evidence_links(question),
                }
                if show
                else None,
            }
        )
    answered = [r for r in reviewed if r["response"] is not None]
    return render_template(
        "student/attempt_review.html",
        attempt=attempt,
        assignment=attempt.assignment,
        reviewed=reviewed,
        show=show,
        correct=sum(1 for r in answered if r["response"].correct),
        answered=len(answered),
        # As in the gradebook: a question left unanswered counts as wrong.
        skills=scores_by_skill(
            (r["question"].skill, bool(r["response"] and r["response"].correct)) for r in reviewed
        )
        if show
        else [],
    )
