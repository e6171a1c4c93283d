"""Starting, answering and finishing an attempt at an assignment."""

from __future__ import annotations

import random

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from quizapp.content import current_versions
from quizapp.core.bank import FACT_OR_FRAMING, TRUE_FALSE, Question
from quizapp.models import Assignment, Attempt, QuestionRecord, QuestionVersion, Response, User
from quizapp.models.assignments import FEEDBACK_CLOSE, FEEDBACK_EACH
from quizapp.models.people import utcnow


class AttemptRefused(Exception):
    """Why a student cannot start or answer: shown to them as it is."""


def unfinished_attempt(session: Session, assignment: Assignment, student: User) -> Attempt | None:
    return session.scalar(
        select(Attempt).where(
            Attempt.assignment_id == assignment.id,
            Attempt.student_id == student.id,
            Attempt.finished_at.is_(None),
        )
    )


def attempts_used(session: Session, assignment: Assignment, student: User) -> int:
    return (
        session.scalar(
            select(func.count(Attempt.id)).where(
                Attempt.assignment_id == assignment.id, Attempt.student_id == student.id
            )
        )
        or 0
    )


def start_or_resume(session: Session, assignment: Assignment, student: User) -> Attempt:
    """The student's unfinished attempt, or a new one if the assignment allows it."""
    existing = unfinished_attempt(session, assignment, student)
    if existing is not None:
        return existing
    now = utcnow()
    if not assignment.is_open(now):
        raise AttemptRefused("This assignment is not open now.")
    used = attempts_used(session, assignment, student)
    if used >= assignment.attempts_allowed:
        allowed = assignment.attempts_allowed
        raise AttemptRefused(
            f"You have used all {allowed} attempts."
            if allowed > 1
            else "You have used your attempt."
        )
    records = session.scalars(
        select(QuestionRecord).where(
            QuestionRecord.bank_id == assignment.bank_id,
            QuestionRecord.key.in_(assignment.question_keys),
            QuestionRecord.status != "retired",
        )
    ).all()
    by_key = {record.key: record for record in records}
    ordered = [by_key[key] for key in assignment.question_keys if key in by_key]
    by_question = current_versions(session, ordered)
    versions = [by_question[record.id] for record in ordered]
    if not versions:
        raise AttemptRefused("This assignment has no questions left to answer.")
    number = used + 1
    # Seeded by assignment, student and attempt: the same attempt always has the same order.
    rng = random.Random(f"{assignment.id}:{student.id}:{number}")
    if assignment.shuffle:
        rng.shuffle(versions)
    items = []
    for version in versions:
        keys = [choice["key"] for choice in version.data["choices"]]
        if assignment.shuffle and version.type not in (TRUE_FALSE, FACT_OR_FRAMING):
            rng.shuffle(keys)
        items.append({"version_id": version.id, "choices": keys})
    attempt = Attempt(
        assignment_id=assignment.id, student_id=student.id, number=number, items=items
    )
    try:
        with session.begin_nested():
            session.add(attempt)
    except IntegrityError:  # a second click started the same attempt a moment ago
        existing = unfinished_attempt(session, assignment, student)
        if existing is None:
            raise
        return existing
    return attempt


def record_answer(
    session: Session, attempt: Attempt, version: QuestionVersion, selected: list[str]
) -> Response:
    """Store an answer once: a repeated submission returns the first answer unchanged."""
    existing = session.scalar(
        select(Response).where(Response.attempt_id == attempt.id, Response.version_id == version.id)
    )
    if existing is not None:
        return existing
    if attempt.finished_at is not None:
        raise AttemptRefused("This attempt is finished.")
    if attempt.assignment.is_closed(utcnow()):
        raise AttemptRefused("This assignment has closed; answers can no longer be changed.")
    question = version.to_question()
    response = Response(
        attempt_id=attempt.id,
        version_id=version.id,
        selected=sorted(selected),
        correct=question.is_correct(set(selected)),
    )
    try:
        with session.begin_nested():
            session.add(response)
    except IntegrityError:  # the same answer arrived twice at once
        existing = session.scalar(
            select(Response).where(
                Response.attempt_id == attempt.id, Response.version_id == version.id
            )
        )
        assert existing is not None
        return existing
    return response


def feedback_visible(attempt: Attempt, *, answered: bool) -> bool:
    """Whether right answers and explanations may be shown for this attempt now."""
    assignment = attempt.assignment
    if assignment.feedback_timing == FEEDBACK_EACH:
        return answered
    if assignment.feedback_timing == FEEDBACK_CLOSE:
        return assignment.is_closed(utcnow())
    return attempt.finished_at is not None


def ordered_question(version: QuestionVersion, choice_order: list[str]) -> Question:
    """The question with its choices in the order this attempt shows them."""
    question = version.to_question()
    by_key = {choice.key: choice for choice in question.choices}
    question.choices = [by_key[key] for key in choice_order if key in by_key]
    return question
