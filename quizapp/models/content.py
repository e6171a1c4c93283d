"""Articles, banks and questions as stored: the curated content students are quizzed on."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String, Text, UniqueConstraint, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from quizapp.core.articles import Article, Paragraph
from quizapp.core.bank import Question
from quizapp.db import Base


class ArticleRecord(Base):
    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    publisher: Mapped[str | None] = mapped_column(String(200))
    published: Mapped[str | None] = mapped_column(String(10))
    byline: Mapped[str | None] = mapped_column(String(200))
    kind: Mapped[str | None] = mapped_column(String(200))
    url: Mapped[str | None] = mapped_column(String(1000))
    notes: Mapped[str | None] = mapped_column(Text)
    source_file: Mapped[str | None] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text)
    paragraphs: Mapped[list[list[Any]]] = mapped_column(JSON)
    content_hash: Mapped[str] = mapped_column(String(16))
    updated_at: Mapped[datetime] = mapped_column(server_default=func.now(), onupdate=func.now())

    def to_article(self) -> Article:
        return Article(
            id=self.id,
            text=self.text,
            paragraphs=[Paragraph(start, end, kind) for start, end, kind in self.paragraphs],
            title=self.title,
            publisher=self.publisher,
            published=self.published,
            byline=self.byline,
            kind=self.kind,
            url=self.url,
            notes=self.notes,
            source_file=self.source_file,
        )


class BankRecord(Base):
    __tablename__ = "banks"

    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    article_ids: Mapped[list[str]] = mapped_column(JSON)
    source_path: Mapped[str | None] = mapped_column(String(500))
    updated_at: Mapped[datetime] = mapped_column(server_default=func.now(), onupdate=func.now())

    questions: Mapped[list[QuestionRecord]] = relationship(
        back_populates="bank", order_by="QuestionRecord.position", cascade="all, delete-orphan"
    )


class QuestionRecord(Base):
    __tablename__ = "questions"
    __table_args__ = (UniqueConstraint("bank_id", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bank_id: Mapped[str] = mapped_column(ForeignKey("banks.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(80))
    position: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(30))
    skill: Mapped[str] = mapped_column(String(30))
    status: Mapped[str] = mapped_column(String(10))
    content_hash: Mapped[str] = mapped_column(String(16))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)

    bank: Mapped[BankRecord] = relationship(back_populates="questions")

    def to_question(self) -> Question:
        return Question.from_data(self.data)


class QuestionVersion(Base):
    """A question exactly as it was at one content hash; answers point here, never at edits."""

    __tablename__ = "question_versions"
    __table_args__ = (UniqueConstraint("question_id", "content_hash"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    question_id: Mapped[int] = mapped_column(
        ForeignKey("questions.id", ondelete="CASCADE"), index=True
    )
    content_hash: Mapped[str] = mapped_column(String(16))
    skill: Mapped[str] = mapped_column(String(30))
    type: Mapped[str] = mapped_column(String(30))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())

    question: Mapped[QuestionRecord] = relationship()

    def to_question(self) -> Question:
        return Question.from_data(self.data)
