"""Question banks in the browser: list them and edit their YAML with the validator's help."""

from __future__ import annotations

from pathlib import Path

from flask import abort, current_app, flash, redirect, render_template, url_for
from flask_wtf import FlaskForm
from sqlalchemy import func, select
from wtforms import HiddenField, TextAreaField
from wtforms.validators import DataRequired, Length

from quizapp.access import teacher_required
from quizapp.banks_store import BankFileChanged, bank_path, save_bank_text, text_hash
from quizapp.content import anchors_to_check
from quizapp.db import db
from quizapp.models import BankRecord, QuestionRecord

from .views import bp

MAX_BANK_CHARS = 500_000


class BankEditForm(FlaskForm):
    yaml_text = TextAreaField("Bank YAML", validators=[DataRequired(), Length(max=MAX_BANK_CHARS)])
    base_hash = HiddenField()


def excerpt(text: str, line: int, column: int, around: int = 2) -> list[tuple[int, str, bool]]:
    """The numbered lines around ``line``, the problem line marked, for the error list."""
    lines = text.split("\n")
    first, last = max(1, line - around), min(len(lines), line + around)
    return [(n, lines[n - 1], n == line) for n in range(first, last + 1)]


def load_bank_record(bank_id: str) -> BankRecord:
    bank = db.session.get(BankRecord, bank_id)
    if bank is None:
        abort(404)
    return bank


def _questions_dir() -> Path:
    return Path(current_app.config["QUESTIONS_DIR"])


def _display_name(path: Path) -> str:
    try:
        return str(path.relative_to(_questions_dir().resolve().parent))
    except ValueError:
        return path.name


@bp.get("/banks")
@teacher_required
def banks():  # type: ignore[no-untyped-def]
    rows = db.session.execute(
        select(BankRecord, QuestionRecord.status, func.count(QuestionRecord.id))
        .join(QuestionRecord, QuestionRecord.bank_id == BankRecord.id)
        .group_by(BankRecord.id, QuestionRecord.status)
        .order_by(BankRecord.title)
    ).all()
    counts: dict[str, dict[str, int]] = {}
    records: dict[str, BankRecord] = {}
    for bank, status, count in rows:
        records[bank.id] = bank
        counts.setdefault(bank.id, {})[status] = count
    flagged = {bank_id: len(anchors_to_check(db.session, bank_id)) for bank_id in records}
    return render_template(
        "teacher/banks.html", banks=list(records.values()), counts=counts, flagged=flagged
    )


@bp.route("/banks/<bank_id>/edit", methods=["GET", "POST"])
@teacher_required
def edit_bank(bank_id: str):  # type: ignore[no-untyped-def]
    bank = load_bank_record(bank_id)
    path = bank_path(_questions_dir(), bank.source_path, bank.id)
    form = BankEditForm()
    problems = []
    status = 200
    if form.validate_on_submit():
        try:
            result = save_bank_text(
                db.session,
                text=form.yaml_text.data.replace("\r\n", "\n"),
                path=path,
                articles_dir=Path(current_app.config["ARTICLES_DIR"]),
                expected_id=bank.id,
                base_hash=form.base_hash.data or None,
                display_name=_display_name(path),
            )
        except BankFileChanged:
            db.session.rollback()
            flash(
                "The file changed on disk since you opened it, so nothing was saved. "
                "Copy your text, reload the page, and apply your change again.",
                "error",
            )
            status = 409
        else:
            if result.ok:
                approved = len(result.bank.approved) if result.bank else 0
                noun = "question is" if approved == 1 else "questions are"
                flash(f"Saved. {approved} approved {noun} live for students.", "success")
                return redirect(url_for("teacher.edit_bank", bank_id=bank.id))
            problems = result.problems
            status = 422
    elif form.errors:
        status = 422
    if not form.is_submitted():
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        form.yaml_text.data = text
        form.base_hash.data = text_hash(text)
    return render_template(
        "teacher/edit_bank.html",
        bank=bank,
        form=form,
        problems=problems,
        file=_display_name(path),
        flagged=anchors_to_check(db.session, bank.id),
        excerpts=[excerpt(form.yaml_text.data or "", p.line, p.column) for p in problems],
    ), status
