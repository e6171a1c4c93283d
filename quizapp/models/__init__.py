"""SQLAlchemy models, one module per area."""

# Registered on the same metadata so migrations see it; it lives with the storage that uses it.
from quizapp.ratelimit import RateLimitCounter

from .assignments import Assignment, Attempt, Response
from .content import ArticleRecord, BankRecord, QuestionRecord, QuestionVersion
from .people import Classroom, LoginSession, User

__all__ = [
    "ArticleRecord",
    "Assignment",
    "Attempt",
    "BankRecord",
    "Classroom",
    "LoginSession",
    "QuestionRecord",
    "QuestionVersion",
    "RateLimitCounter",
    "Response",
    "User",
]
