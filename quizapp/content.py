"""Store the article library and validated banks in the database (upserts, one transaction)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from quizapp.core.articles import Article
from quizapp.core.bank import Bank
from quizapp.models import ArticleRecord, BankRecord, QuestionRecord, QuestionVersion


def store_article(session: Session, article: Article) -> ArticleRecord:
    """Insert or update one article."""
    record = session.get(ArticleRecord, article.id) or ArticleRecord(id=article.id)
    record.title = article.display_title()
    for name in ("publisher", "published", "byline", "kind", "url", "notes", "source_file", "text"):
        setattr(record, name, getattr(article, name))
    record.paragraphs = [[p.start, p.end, p.kind] for p in article.paragraphs]
    record.content_hash = article.content_hash
    session.add(record)
    return record


def store_bank(session: Session, bank: Bank) -> BankRecord:
    """Insert or update a bank and its questions.

    A question that disappeared from the YAML is kept as ``retired`` rather than deleted,
    so answers already given to it keep their question.
    """
    record = session.get(BankRecord, bank.id) or BankRecord(id=bank.id)
    record.title = bank.title
    record.description = bank.description
    record.article_ids = list(bank.articles)
    record.source_path = bank.source
    session.add(record)
    existing = {
        q.key: q
        for q in session.scalars(select(QuestionRecord).where(QuestionRecord.bank_id == bank.id))
    }
    for position, question in enumerate(bank.questions):
        stored = existing.pop(question.id, None) or QuestionRecord(bank=record, key=question.id)
        stored.position = position
        stored.type = question.type
        stored.skill = question.skill
        stored.status = question.status
        stored.content_hash = question.content_hash
        stored.data = question.to_data()
        session.add(stored)
    for offset, orphan in enumerate(existing.values(), start=len(bank.questions)):
        orphan.status = "retired"
        orphan.position = offset
    session.flush()
    for stored in record.questions:
        current_version(session, stored)
    return record


def current_version(session: Session, question: QuestionRecord) -> QuestionVersion:
    """The stored version of ``question`` as it is now, made the first time it is needed."""
    version = session.scalar(
        select(QuestionVersion).where(
            QuestionVersion.question_id == question.id,
            QuestionVersion.content_hash == question.content_hash,
        )
    )
    if version is None:
        version = QuestionVersion(
            question_id=question.id,
            content_hash=question.content_hash,
            skill=question.skill,
            type=question.type,
            data=question.data,
        )
        session.add(version)
        session.flush()
    return version
