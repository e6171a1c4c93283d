"""Assignments of a bank to a class, students' attempts, and every answer they gave."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from quizapp.db import Base

from .content import BankRecord, QuestionVersion
from .people import Classroom, User, utcnow

FEEDBACK_EACH = "each"
FEEDBACK_ATTEMPT = "attempt"
FEEDBACK_CLOSE = "close"
FEEDBACK_TIMINGS = {
    FEEDBACK_EACH: "After each question",
    FEEDBACK_ATTEMPT: "After the attempt is finished",
    FEEDBACK_CLOSE: "After the assignment closes",
}
PHASES = {"": "Ordinary assignment", "pre": "Pre-test", "post": "Post-test"}


class Assignment(Base):
    __tablename__ = "assignments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    classroom_id: Mapped[int] = mapped_column(
        ForeignKey("classrooms.id", ondelete="CASCADE"), index=True
    )
    bank_id: Mapped[str] = mapped_column(ForeignKey("banks.id"))
    title: Mapped[str] = mapped_column(String(200))
    question_keys: Mapped[list[str]] = mapped_column(JSON)
    opens_at: Mapped[datetime | None] = mapped_column(DateTime)
    closes_at: Mapped[datetime | None] = mapped_column(DateTime)
    attempts_allowed: Mapped[int] = mapped_column(Integer, default=1)
    shuffle: Mapped[bool] = mapped_column(Boolean, default=False)
    feedback_timing: Mapped[str] = mapped_column(String(10), default=FEEDBACK_EACH)
    phase: Mapped[str] = mapped_column(String(4), default="")
    pretest_id: Mapped[int | None] = mapped_column(
        ForeignKey("assignments.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    classroom: Mapped[Classroom] = relationship()
    bank: Mapped[BankRecord] = relationship()
    pretest: Mapped[Assignment | None] = relationship(remote_side=[id])

    def is_open(self, now: datetime) -> bool:
        return (self.opens_at is None or self.opens_at <= now) and (
            self.closes_at is None or now < self.closes_at
        )

    def is_closed(self, now: datetime) -> bool:
        return self.closes_at is not None and now >= self.closes_at


class Attempt(Base):
    __tablename__ = "attempts"
    __table_args__ = (UniqueConstraint("assignment_id", "student_id", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assignment_id: Mapped[int] = mapped_column(
        ForeignKey("assignments.id", ondelete="CASCADE"), index=True
    )
    student_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    # [{"version_id": int, "choices": [key, ...]}, ...] in the order this student sees them.
    items: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    started_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)

    assignment: Mapped[Assignment] = relationship()
    student: Mapped[User] = relationship()
    responses: Mapped[list[Response]] = relationship(back_populates="attempt")


class Response(Base):
    """One answer: to the exact version of the question the student saw, given once."""

    __tablename__ = "responses"
    __table_args__ = (UniqueConstraint("attempt_id", "version_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    attempt_id: Mapped[int] = mapped_column(
        ForeignKey("attempts.id", ondelete="CASCADE"), index=True
    )
    version_id: Mapped[int] = mapped_column(ForeignKey("question_versions.id"), index=True)
    selected: Mapped[list[str]] = mapped_column(JSON)
    correct: Mapped[bool] = mapped_column(Boolean)
    answered_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    attempt: Mapped[Attempt] = relationship(back_populates="responses")
    version: Mapped[QuestionVersion] = relationship()
