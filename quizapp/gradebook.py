"""Load a class's answers in one query and hand them to the pure statistics in core."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from quizapp.core.stats import AnswerRecord
from quizapp.models import Assignment, Attempt, Classroom, QuestionVersion, Response, User


@dataclass(frozen=True)
class ResponseRow:
    """One stored answer with who gave it, where, and the question version it answered."""

    response: Response
    attempt: Attempt
    student: User
    assignment: Assignment
    version: QuestionVersion

    def record(self) -> AnswerRecord:
        data = self.version.data
        return AnswerRecord(
            student_id=self.student.id,
            assignment_id=self.assignment.id,
            question_id=self.version.question_id,
            skill=self.version.skill,
            question_type=self.version.type,
            selected=frozenset(self.response.selected),
            correct_keys=frozenset(c["key"] for c in data["choices"] if c["correct"]),
            correct=self.response.correct,
            attempt_id=self.attempt.id,
        )


def class_responses(
    session: Session, classroom: Classroom, student_id: int | None = None
) -> list[ResponseRow]:
    """Every answer given in ``classroom`` by its current students (or by one of them)."""
    query = (
        select(Response, Attempt, User, Assignment, QuestionVersion)
        .join(Attempt, Response.attempt_id == Attempt.id)
        .join(User, Attempt.student_id == User.id)
        .join(Assignment, Attempt.assignment_id == Assignment.id)
        .join(QuestionVersion, Response.version_id == QuestionVersion.id)
        .where(Assignment.classroom_id == classroom.id, User.removed_at.is_(None))
        .order_by(User.display_name, Assignment.id, Attempt.number, Response.id)
    )
    if student_id is not None:
        query = query.where(User.id == student_id)
    return [ResponseRow(*row) for row in session.execute(query).all()]
