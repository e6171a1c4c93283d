"""Teachers, students, classes and login sessions."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime

from flask_login import UserMixin
from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship
from werkzeug.security import check_password_hash, generate_password_hash

from quizapp.db import Base

TEACHER = "teacher"
STUDENT = "student"
# Join codes are read aloud in class: no 0/O, 1/l/I, and no vowels that spell words by chance.
JOIN_CODE_ALPHABET = "BCDFGHJKMNPQRSTVWXZ23456789"
JOIN_CODE_LENGTH = 6


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def name_key(display_name: str) -> str:
    """How two display names are compared: case and spacing do not make a new name."""
    return " ".join(display_name.split()).casefold()


def new_join_code() -> str:
    return "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(JOIN_CODE_LENGTH))


class User(UserMixin, Base):
    __tablename__ = "users"
    __table_args__ = (UniqueConstraint("classroom_id", "name_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    role: Mapped[str] = mapped_column(String(10))
    email: Mapped[str | None] = mapped_column(String(254), unique=True)
    display_name: Mapped[str] = mapped_column(String(80))
    name_key: Mapped[str] = mapped_column(String(120))
    password_hash: Mapped[str] = mapped_column(String(256))
    classroom_id: Mapped[int | None] = mapped_column(
        ForeignKey("classrooms.id", ondelete="CASCADE", use_alter=True, name="fk_users_classroom"),
        index=True,
    )
    removed_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    classroom: Mapped[Classroom | None] = relationship(
        back_populates="students", foreign_keys=[classroom_id]
    )

    # Set by the login loader: the server-side login session this request belongs to.
    login_token = None  # str, set per instance by the loader

    def get_id(self) -> str:
        assert self.login_token, "a user is logged in only through a LoginSession"
        return self.login_token

    @property
    def is_teacher(self) -> bool:
        return self.role == TEACHER

    @property
    def is_student(self) -> bool:
        return self.role == STUDENT

    def set_password(self, password: str) -> None:
        self.password_hash = generate_password_hash(password)

    def check_password(self, password: str) -> bool:
        return check_password_hash(self.password_hash, password)


class LoginSession(Base):
    """One login: the session cookie names it, logout revokes it, so a copied cookie dies."""

    __tablename__ = "login_sessions"

    token: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)

    user: Mapped[User] = relationship()

    @staticmethod
    def new_token() -> str:
        return secrets.token_urlsafe(32)


class Classroom(Base):
    __tablename__ = "classrooms"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    teacher_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    join_code: Mapped[str] = mapped_column(String(12), unique=True)
    joining_open: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    teacher: Mapped[User] = relationship(foreign_keys=[teacher_id])
    students: Mapped[list[User]] = relationship(
        back_populates="classroom",
        foreign_keys=[User.classroom_id],
        order_by=User.display_name,
        primaryjoin="and_(User.classroom_id == Classroom.id, User.removed_at.is_(None))",
        viewonly=True,
    )
