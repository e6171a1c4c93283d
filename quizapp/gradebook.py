"""Load a class's answers in one query and hand them to the pure statistics in core."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from quizapp.core.stats import AnswerRecord
from quizapp.models import Assignment, Attempt, Classroom, QuestionVersion, Response, User
from quizapp.models.people import utcnow


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


@dataclass(frozen=True)
class ClassAnswers:
    """A class's stored answers, plus every question a finished attempt left unanswered."""

    rows: list[ResponseRow]
    records: list[AnswerRecord]
    questions: dict[int, dict]  # question id -> the data of a version students saw


def class_answers(session: Session, classroom: Classroom) -> ClassAnswers:
    """Answers as statistics see them: a question skipped in a finished attempt is wrong.

    Three queries whatever the class size: the answers, the finished attempts, and the
    question versions those attempts skipped.
    """
    rows = class_responses(session, classroom)
    records = [row.record() for row in rows]
    questions = {row.version.question_id: row.version.data for row in rows}
    answered = {(row.attempt.id, row.version.id) for row in rows}
    now = utcnow()
    finished = session.execute(
        select(Attempt, Assignment)
        .join(Assignment, Attempt.assignment_id == Assignment.id)
        .join(User, Attempt.student_id == User.id)
        .where(Assignment.classroom_id == classroom.id, User.removed_at.is_(None))
        .order_by(Attempt.id)
    ).all()
    skipped = [
        (attempt, assignment, item["version_id"])
        for attempt, assignment in finished
        if attempt.finished_at is not None or assignment.is_closed(now)
        for item in attempt.items
        if (attempt.id, item["version_id"]) not in answered
    ]
    version_ids = {version_id for _, _, version_id in skipped}
    versions = {
        v.id: v
        for v in session.scalars(select(QuestionVersion).where(QuestionVersion.id.in_(version_ids)))
    } if version_ids else {}  # fmt: skip
    for attempt, assignment, version_id in skipped:
        version = versions[version_id]
        questions.setdefault(version.question_id, version.data)
        records.append(
            AnswerRecord(
                student_id=attempt.student_id,
                assignment_id=assignment.id,
                question_id=version.question_id,
                skill=version.skill,
                question_type=version.type,
                selected=frozenset(),
                correct_keys=frozenset(c["key"] for c in version.data["choices"] if c["correct"]),
                correct=False,
                attempt_id=attempt.id,
            )
        )
    return ClassAnswers(rows, records, questions)
