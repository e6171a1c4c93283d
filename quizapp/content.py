"""Store the article library and validated banks in the database (upserts, one transaction)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from quizapp.core.anchors import Reanchored, reanchor
from quizapp.core.articles import Article
from quizapp.core.bank import Bank, Evidence
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
    current_versions(session, list(record.questions))
    return record


def current_versions(
    session: Session, questions: list[QuestionRecord]
) -> dict[int, QuestionVersion]:
    """The stored version of each question as it is now, by question id, made when missing.

    One query for all of them, whatever their number: starting an attempt calls this.
    """
    if not questions:
        return {}
    wanted = {(q.id, q.content_hash) for q in questions}
    found = {
        v.question_id: v
        for v in session.scalars(
            select(QuestionVersion).where(
                QuestionVersion.question_id.in_([q.id for q in questions])
            )
        )
        if (v.question_id, v.content_hash) in wanted
    }
    missing = [q for q in questions if q.id not in found]
    for question in missing:
        found[question.id] = QuestionVersion(
            question_id=question.id,
            content_hash=question.content_hash,
            skill=question.skill,
            type=question.type,
            data=question.data,
        )
        session.add(found[question.id])
    if missing:
        session.flush()
    return found


def locate_evidence(evidence: Evidence, session: Session | None = None) -> Reanchored:
    """Where an evidence passage is in its article now: exact, moved, fuzzy or lost."""
    if session is None:
        from quizapp.db import db

        session = db.session
    article = session.get(ArticleRecord, evidence.article)
    if article is None:
        return Reanchored(None, None, "lost", 0.0)
    return reanchor(article.text, evidence.selectors())


@dataclass(frozen=True)
class AnchorIssue:
    """An evidence quote no longer found word for word, and what stands there now."""

    question_key: str
    evidence: Evidence
    status: str
    current_text: str | None


def anchors_to_check(session: Session, bank_id: str) -> list[AnchorIssue]:
    """Evidence in a bank's live questions that is no longer found word for word."""
    flagged = []
    questions = session.scalars(
        select(QuestionRecord).where(
            QuestionRecord.bank_id == bank_id, QuestionRecord.status != "retired"
        )
    )
    for record in questions:
        for evidence in record.to_question().evidence:
            found = locate_evidence(evidence, session)
            if found.status in ("fuzzy", "lost"):
                article = session.get(ArticleRecord, evidence.article)
                current = (
                    article.text[found.start : found.end]
                    if article is not None and found.start is not None
                    else None
                )
                flagged.append(AnchorIssue(record.key, evidence, found.status, current))
    return flagged
