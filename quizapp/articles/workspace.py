"""The teacher's article workspace: bring in an article, see its analysis, generate a draft bank."""

from __future__ import annotations

import tempfile
from collections import Counter
from pathlib import Path

from flask import current_app, flash, redirect, render_template, url_for
from sqlalchemy import select

from quizapp.access import teacher_required
from quizapp.content import store_article, store_bank
from quizapp.core.analysis import analyse
from quizapp.core.articles import Article, ArticleError, load_text, slugify
from quizapp.core.bank import SKILLS
from quizapp.core.html_ingest import load_html
from quizapp.core.library import add_to_library, article_id_for
from quizapp.db import db
from quizapp.drafts import write_draft_bank
from quizapp.models import BankRecord

from .analysis_view import LEGEND, analysis_highlights, who_says_what
from .forms import MAX_ARTICLE_CHARS, ArticleForm, GenerateForm
from .views import bp, load_article

MAX_UPLOAD_BYTES = 1024 * 1024


def _library_root() -> Path:
    return Path(current_app.config["ARTICLES_DIR"])


def _read_submission(form: ArticleForm) -> tuple[str, str, str]:
    """(raw text, suffix, name for messages) of the uploaded file or the pasted text."""
    upload = form.upload.data
    if upload and upload.filename:
        data = upload.read(MAX_UPLOAD_BYTES + 1)
        name = Path(upload.filename).name
        if len(data) > MAX_UPLOAD_BYTES:
            raise ArticleError(name, "the file is larger than 1 MB")
        try:
            raw = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise ArticleError(name, f"not UTF-8 text (byte {error.start})") from None
        return raw, Path(name).suffix.lower(), name
    return (form.pasted.data or "").replace("\r\n", "\n"), ".txt", "the pasted text"


def ingest_submission(form: ArticleForm) -> Article:
    """Load the submitted article, store it in the library and the database, and return it."""
    raw, suffix, name = _read_submission(form)
    if len(raw) > MAX_ARTICLE_CHARS and suffix == ".txt":
        raise ArticleError(name, f"the text is longer than {MAX_ARTICLE_CHARS:,} characters")
    meta = {
        key: getattr(form, key).data.strip()
        for key in ("title", "publisher", "published", "url", "kind")
        if (getattr(form, key).data or "").strip()
    }
    loader = load_html if suffix in (".html", ".htm") else load_text
    article = loader(raw, "new-article", source_file=name, **meta)
    article.id = article_id_for(article)
    with tempfile.TemporaryDirectory() as folder:
        staged = Path(folder) / f"{article.id or 'article'}{suffix}"
        staged.write_text(raw, encoding="utf-8")
        article.id = add_to_library(_library_root(), staged, article)
    store_article(db.session, article)
    db.session.commit()
    return article


@bp.route("/new", methods=["GET", "POST"])
@teacher_required
def new():  # type: ignore[no-untyped-def]
    form = ArticleForm()
    if form.validate_on_submit():
        try:
            article = ingest_submission(form)
        except ArticleError as error:
            form.pasted.errors = [*form.pasted.errors, str(error)]
        else:
            flash(f"Article stored as '{article.id}'. Here is what the analysis found.", "success")
            return redirect(url_for("articles.analysis", article_id=article.id))
    return render_template("articles/new.html", form=form), 422 if form.errors else 200


@bp.get("/<article_id>/analysis")
@teacher_required
def analysis(article_id: str):  # type: ignore[no-untyped-def]
    from quizapp.core.highlight import runs

    article = load_article(article_id).to_article()
    found = analyse(article)
    highlights = analysis_highlights(found)
    paragraphs = [(p, runs(article.text, p.start, p.end, highlights)) for p in article.paragraphs]
    form = GenerateForm(title=f"Draft: {article.display_title()}"[:200])
    return render_template(
        "articles/analysis.html",
        article=article,
        analysis=found,
        paragraphs=paragraphs,
        legend=LEGEND,
        sources=who_says_what(found),
        form=form,
    )


def _free_bank_id(base: str) -> str:
    taken = set(db.session.scalars(select(BankRecord.id).where(BankRecord.id.like(f"{base}%"))))
    candidate, n = base, 2
    drafts = Path(current_app.config["QUESTIONS_DIR"]) / "drafts"
    while candidate in taken or (drafts / f"{candidate}.yaml").exists():
        candidate, n = f"{base}-{n}", n + 1
    return candidate


@bp.post("/<article_id>/generate")
@teacher_required
def generate(article_id: str):  # type: ignore[no-untyped-def]
    article = load_article(article_id).to_article()
    form = GenerateForm()
    if not form.validate_on_submit():
        flash("Give the bank a title (at most 200 characters).", "error")
        return redirect(url_for("articles.analysis", article_id=article_id))
    bank_id = _free_bank_id(f"draft-{slugify(article.id)}"[:70])
    output = Path(current_app.config["QUESTIONS_DIR"]) / "drafts" / f"{bank_id}.yaml"
    result = write_draft_bank(
        [article], bank_id=bank_id, title=form.title.data.strip(), output=output,
        library_root=_library_root(), sources=[article.source_file or article.id],
    )  # fmt: skip
    if not result.ok or result.bank is None:
        problems = "; ".join(str(p) for p in result.problems[:3])
        flash(
            f"The generated bank did not pass the validator, so nothing was saved: {problems}",
            "error",
        )
        return redirect(url_for("articles.analysis", article_id=article_id))
    result.bank.source = str(output)
    store_bank(db.session, result.bank)
    db.session.commit()
    counts = Counter(q.skill for q in result.bank.questions)
    summary = ", ".join(
        f"{counts[s]} {label.split(':')[0].lower()}" for s, label in SKILLS.items() if counts[s]
    )
    flash(
        f"Draft bank '{bank_id}' made with {len(result.bank.questions)} questions ({summary}). "
        "Review each one, then set status: approved.",
        "success",
    )
    return redirect(url_for("teacher.edit_bank", bank_id=bank_id))
