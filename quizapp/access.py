"""Who may see what: load an object and check access in one place, for every view.

Missing objects are 404; objects that exist but are not yours are 403.  Anonymous
users are sent to log in and never see data.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import wraps
from typing import TypeVar

from flask import abort
from flask_login import current_user, login_required
from sqlalchemy import select

from quizapp.db import db
from quizapp.models import Assignment, Attempt, Classroom, LoginSession, User
from quizapp.models.people import STUDENT, TEACHER, utcnow

F = TypeVar("F", bound=Callable)


def _role_required(role: str) -> Callable[[F], F]:
    """Log in first (anonymous users are sent to the login page), then be of ``role``."""

    def decorator(view: F) -> F:
        @wraps(view)
        @login_required
        def wrapped(*args, **kwargs):  # type: ignore[no-untyped-def]
            if current_user.role != role:
                abort(403)
            return view(*args, **kwargs)

        return wrapped  # type: ignore[return-value]

    return decorator


teacher_required = _role_required(TEACHER)
student_required = _role_required(STUDENT)


def load_user_by_token(token: str) -> User | None:
    """The user of a live (not revoked) login session."""
    row = db.session.execute(
        select(User)
        .join(LoginSession, LoginSession.user_id == User.id)
        .where(
            LoginSession.token == token,
            LoginSession.revoked_at.is_(None),
            User.removed_at.is_(None),
        )
    ).scalar_one_or_none()
    if row is not None:
        row.login_token = token
    return row


M = TypeVar("M")


def _load(model: type[M], object_id: int, *, owned: Callable[[M], bool]) -> M:
    """The object, or 404 when there is none; 403 when it is not the current user's."""
    found = db.session.get(model, object_id)
    if found is None:
        abort(404)
    if not owned(found):
        abort(403)
    return found


def own_class(class_id: int) -> Classroom:
    """A class of the logged-in teacher."""
    return _load(Classroom, class_id, owned=lambda c: c.teacher_id == current_user.id)


def own_student(classroom: Classroom, student_id: int) -> User:
    """A current student of ``classroom``."""
    student = _load(User, student_id, owned=lambda s: s.classroom_id == classroom.id)
    if student.removed_at is not None or not student.is_student:
        abort(404)
    return student


def own_assignment(classroom: Classroom, assignment_id: int) -> Assignment:
    """An assignment of ``classroom``."""
    return _load(Assignment, assignment_id, owned=lambda a: a.classroom_id == classroom.id)


def assignment_for_student(assignment_id: int) -> Assignment:
    """An assignment of the logged-in student's class that has opened."""
    assignment = _load(
        Assignment, assignment_id, owned=lambda a: a.classroom_id == current_user.classroom_id
    )
    if assignment.opens_at is not None and assignment.opens_at > now():
        abort(404)
    return assignment


def attempt_for_student(attempt_id: int) -> Attempt:
    """One of the logged-in student's own attempts."""
    return _load(Attempt, attempt_id, owned=lambda a: a.student_id == current_user.id)


def now() -> datetime:
    return utcnow()
