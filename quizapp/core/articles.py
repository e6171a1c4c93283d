"""Load articles into one canonical text with paragraph spans and provenance.

An article's text is stored once.  Every span anywhere in quizapp (paragraphs,
evidence passages, analysis findings) is a pair of character offsets into it.
Paragraphs are joined by a blank line, so a quote can never straddle two of them
by accident, and each paragraph is labelled so page furniture (captions, "Sponsored
content", "Watch the video below") is kept apart from the body.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher

PARAGRAPH_SEPARATOR = "\n\n"

BODY = "body"
HEADLINE = "headline"
STANDFIRST = "standfirst"
DATELINE = "dateline"
FURNITURE = "furniture"
CAPTION = "caption"
PARAGRAPH_KINDS = (HEADLINE, STANDFIRST, DATELINE, BODY, CAPTION, FURNITURE)


class ArticleError(ValueError):
    """An article that cannot be loaded, with the file it came from."""

    def __init__(self, source: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        self.message = message


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of an article: offsets into the article text and what it is."""

    start: int
    end: int
    kind: str = BODY

    @property
    def is_body(self) -> bool:
        return self.kind == BODY


@dataclass
class Article:
    """An article: its text, its paragraphs and what is known of where it came from."""

    id: str
    text: str
    paragraphs: list[Paragraph]
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    byline: str | None = None
    kind: str | None = None
    url: str | None = None
    notes: str | None = None
    source_file: str | None = None
    extra: dict[str, str] = field(default_factory=dict)

    def paragraph_text(self, paragraph: Paragraph) -> str:
        return self.text[paragraph.start : paragraph.end]

    @property
    def body_paragraphs(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.is_body]

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:16]

    def display_title(self) -> str:
        if self.title:
            return self.title
        headline = next((p for p in self.paragraphs if p.kind == HEADLINE), None)
        if headline is not None:
            return self.paragraph_text(headline)
        first = self.body_paragraphs[0] if self.body_paragraphs else None
        return shorten(self.paragraph_text(first), 80) if first else self.id


def shorten(text: str, width: int) -> str:
    """Cut ``text`` at a word boundary to at most ``width`` characters, with an ellipsis."""
    if len(text) <= width:
        return text
    cut = text[: width - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:—- ") + "…"


def slugify(text: str) -> str:
    """A readable identifier: lower-case ASCII words joined by hyphens."""
    words = re.findall(r"[a-z0-9]+", text.lower().replace("'", "").replace("’", ""))
    return "-".join(words)[:60].strip("-")


# --- Paragraph classification -------------------------------------------------

_FURNITURE_PATTERNS = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^(sponsored( content)?|advertisement|advertising|promoted( content)?|ad)$",
        r"^(related|read more|more from|most read|recommended|trending)( articles| stories)?:?$",
        r"^(share|share this|share this article|follow us)(\b.*)?$",
        r"^watch (the |our )?.{0,80}\b(video|clip|trailer|footage)s? (below|above|here)\.?$",
        r"^(the )?[\w .&'’-]{1,40} logo$",
        r"^.{1,80} is (available|streaming|out) (on|now)\b.{0,40}$",
        r"^(sign up|subscribe)\b.{0,80}$",
        r"^(image|photo|picture|video)( credit)?:.{0,120}$",
    )
]
_DATELINE = re.compile(
    r"^(published|updated|posted|first published|last updated)\b\s*:?\s*(?P<date>.{4,80})$",
    re.IGNORECASE,
)
_CREDIT_ENDING = re.compile(r"\((?:[A-Z][\w&.’' -]{1,40}|Getty Images|AP|PA|Reuters)\)$")
_TERMINAL = re.compile(r"[.!?…\"”’)]$")


def _is_furniture(text: str) -> bool:
    return any(p.match(text) for p in _FURNITURE_PATTERNS)


def _near_duplicates(texts: list[str]) -> set[int]:
    """Indices of paragraphs that repeat a neighbour almost word for word (photo captions)."""
    repeated: set[int] = set()
    for i in range(len(texts) - 1):
        a, b = texts[i], texts[i + 1]
        if len(a) < 20 or len(a) > 400:
            continue
        if SequenceMatcher(None, a, b, autojunk=False).ratio() > 0.9:
            repeated.update((i, i + 1))
    return repeated


def classify_paragraphs(texts: list[str]) -> list[str]:
    """Label each paragraph as headline, standfirst, dateline, body, caption or furniture.

    The rules are about the shape of news pages, not about any one article: a short
    unpunctuated line ahead of a dateline is a headline or standfirst, a line that
    repeats its neighbour or ends with a picture credit is a caption, and so on.
    """
    kinds = [BODY] * len(texts)
    captions = _near_duplicates(texts)
    for i, text in enumerate(texts):
        if i in captions or (_CREDIT_ENDING.search(text) and len(text) < 300):
            kinds[i] = CAPTION
        elif _DATELINE.match(text):
            kinds[i] = DATELINE
        elif _is_furniture(text):
            kinds[i] = FURNITURE

    dateline = next((i for i, k in enumerate(kinds) if k == DATELINE), None)
    head_limit = dateline if dateline is not None and dateline <= 4 else 1
    seen_headline = False
    for i in range(head_limit):
        if kinds[i] != BODY:
            continue
        text = texts[i]
        looks_like_heading = len(text) < 220 and not _TERMINAL.search(text)
        if dateline is None and not (looks_like_heading and len(text) < 150):
            break
        if looks_like_heading or dateline is not None:
            kinds[i] = STANDFIRST if seen_headline else HEADLINE
            seen_headline = True
    return kinds


# --- Building articles ----------------------------------------------------------


def build_article(
    article_id: str, paragraph_texts: Iterable[str], kinds: list[str] | None = None, **meta
) -> Article:
    """Join paragraphs into one text and record each paragraph's offsets and kind."""
    texts = [t for t in (_clean(t) for t in paragraph_texts) if t]
    if kinds is None:
        kinds = classify_paragraphs(texts)
    paragraphs: list[Paragraph] = []
    parts: list[str] = []
    offset = 0
    for text, kind in zip(texts, kinds, strict=True):
        if parts:
            parts.append(PARAGRAPH_SEPARATOR)
            offset += len(PARAGRAPH_SEPARATOR)
        parts.append(text)
        paragraphs.append(Paragraph(offset, offset + len(text), kind))
        offset += len(text)
    article = Article(id=article_id, text="".join(parts), paragraphs=paragraphs, **meta)
    if not article.body_paragraphs:
        source = meta.get("source_file") or article_id
        raise ArticleError(source, "no paragraphs of body text found; nothing was stored")
    if article.published is None:
        article.published = _dateline_date(article)
    return article


def _clean(text: str) -> str:
    """Trim a paragraph and fold the line breaks of hard-wrapped text into spaces."""
    text = text.replace("\u00a0", " ").strip()
    return re.sub(r"[ \t]*\n[ \t]*", " ", text)


def _dateline_date(article: Article) -> str | None:
    for p in article.paragraphs:
        if p.kind == DATELINE:
            match = _DATELINE.match(article.paragraph_text(p))
            if match:
                return parse_date(match.group("date"))
    return None


_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}


def parse_date(text: str) -> str | None:
    """An ISO date (YYYY-MM-DD) from '10th April 2019', 'April 10, 2019' or '2019-04-10'."""
    iso = re.search(r"\b(\d{4})-(\d{2})-(\d{2})", text)
    if iso:
        return "-".join(iso.groups())
    day_month = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})", text)
    month_day = re.search(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", text)
    for match, (d, m, y) in ((day_month, (1, 2, 3)), (month_day, (2, 1, 3))):
        if match and match.group(m)[:3].lower() in _MONTHS:
            month = _MONTHS[match.group(m)[:3].lower()]
            return f"{int(match.group(y)):04d}-{month:02d}-{int(match.group(d)):02d}"
    return None


def split_plain_text(raw: str) -> list[str]:
    """Split plain text into paragraphs.

    Blank lines always separate paragraphs.  Inside a block, each line is its own
    paragraph unless the block looks hard-wrapped (several lines, none of them long,
    not ending in sentence punctuation), in which case its lines are one paragraph.
    """
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs: list[str] = []
    for block in re.split(r"\n[ \t]*\n", raw):
        lines = [line for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        hard_wrapped = len(lines) > 1 and all(
            40 <= len(line) <= 100 and not _TERMINAL.search(line.rstrip()) for line in lines[:-1]
        )
        paragraphs.extend([" ".join(lines)] if hard_wrapped else lines)
    return paragraphs


def load_text(raw: str, article_id: str, **meta) -> Article:
    """An article from plain text."""
    if not raw.strip():
        raise ArticleError(meta.get("source_file") or article_id, "the file is empty")
    return build_article(article_id, split_plain_text(raw), **meta)
