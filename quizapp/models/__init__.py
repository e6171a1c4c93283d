"""SQLAlchemy models, one module per area."""

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
    "Response",
    "User",
]
