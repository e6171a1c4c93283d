"""Article pages: the text, its page furniture set apart, evidence passages highlighted."""

from __future__ import annotations

import re

from flask import Blueprint, abort, render_template, request

from quizapp.core.highlight import Highlight, runs
from quizapp.db import db
from quizapp.models import ArticleRecord

bp = Blueprint("articles", __name__, url_prefix="/articles", template_folder="templates")

KIND_LABELS = {
    "headline": "Headline",
    "standfirst": "Standfirst (the summary under the headline)",
    "dateline": "Date line",
    "caption": "Photo caption · not part of the article's text",
    "furniture": "Page furniture (logo, advert, link) · not part of the article's text",
}
_SPAN = re.compile(r"^(\d{1,7})-(\d{1,7})$")
MAX_HIGHLIGHTS = 20


def load_article(article_id: str) -> ArticleRecord:
    """The article with this id, or 404."""
    record = db.session.get(ArticleRecord, article_id)
    if record is None:
        abort(404)
    return record


def requested_highlights(text_length: int) -> list[Highlight]:
    """Evidence spans from ``?hl=START-END`` (repeatable); malformed ones are ignored."""
    highlights = []
    for number, value in enumerate(request.args.getlist("hl")[:MAX_HIGHLIGHTS], start=1):
        match = _SPAN.match(value)
        if not match:
            continue
        start, end = int(match.group(1)), int(match.group(2))
        if 0 <= start < end <= text_length:
            anchor = "passage" if number == 1 else f"passage-{number}"
            highlights.append(Highlight(start, end, "evidence", anchor))
    return highlights


def local_path(target: str) -> str | None:
    """``target`` when it is a path on this site, never a link to another site."""
    if target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return None


@bp.get("/")
def index():  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    articles = db.session.scalars(select(ArticleRecord).order_by(ArticleRecord.id)).all()
    return render_template("articles/index.html", articles=articles)


@bp.get("/<article_id>")
def show(article_id: str):  # type: ignore[no-untyped-def]
    record = load_article(article_id)
    article = record.to_article()
    highlights = requested_highlights(len(article.text))
    paragraphs = [
        (paragraph, runs(article.text, paragraph.start, paragraph.end, highlights))
        for paragraph in article.paragraphs
    ]
    return render_template(
        "articles/show.html",
        article=article,
        record=record,
        paragraphs=paragraphs,
        highlighted=bool(highlights),
        changed=request.args.get("changed") == "1",
        back=local_path(request.args.get("back", "")),
        kind_labels=KIND_LABELS,
    )
