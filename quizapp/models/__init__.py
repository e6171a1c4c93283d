"""SQLAlchemy models, one module per area."""

from .content import ArticleRecord, BankRecord, QuestionRecord

__all__ = ["ArticleRecord", "BankRecord", "QuestionRecord"]
