"""Read a news page's HTML into an :class:`Article`: its headline, provenance and body.

Page furniture (navigation, share buttons, adverts, newsletter forms, related links)
is dropped by tag and by class/id patterns common to news sites; figure captions are
kept as caption paragraphs so they never count as body text.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from .articles import (
    BODY,
    CAPTION,
    HEADLINE,
    STANDFIRST,
    Article,
    ArticleError,
    build_article,
    parse_date,
)

_DROP_TAGS = ("script", "style", "noscript", "nav", "aside", "footer", "form", "iframe", "svg")
_DROP_TAGS += ("button", "template", "object", "embed", "select", "input", "textarea")
_FURNITURE_CLASS = re.compile(
    r"(^|[\s_-])(share|sharing|social|ad|ads|advert|advertisement|promo|newsletter|related|"
    r"cookie|subscribe|signup|sign-up|comments?|breadcrumbs?|sidebar|popup|paywall|"
    r"recommended|most-read|outbrain|taboola)($|[\s_-])",
    re.IGNORECASE,
)
_BLOCKS = ("p", "blockquote", "h1", "h2", "h3", "figcaption", "li")
_BYLINE_CLASS = re.compile(r"byline|author", re.IGNORECASE)
_STANDFIRST_CLASS = re.compile(r"standfirst|dek|subtitle|summary|lede|intro", re.IGNORECASE)


def load_html(raw: str, article_id: str, **meta: str) -> Article:
    """An article from a news page's HTML; ``meta`` (from the manifest) wins over the page's."""
    source = meta.get("source_file") or article_id
    if not raw.strip():
        raise ArticleError(source, "the file is empty")
    soup = BeautifulSoup(raw, "html.parser")
    if soup.find(True) is None:
        raise ArticleError(source, "no HTML elements found; is this really an HTML page?")
    found = _page_metadata(soup)
    _drop_furniture(soup)
    texts, kinds = _paragraphs(soup, found.get("title"))
    if not texts:
        raise ArticleError(source, "no paragraphs of body text found; nothing was stored")
    for key, value in found.items():
        meta.setdefault(key, value)
    return build_article(article_id, texts, kinds=kinds, **meta)


def _meta_content(soup: BeautifulSoup, *names: str) -> str | None:
    for name in names:
        for attribute in ("property", "name", "itemprop"):
            tag = soup.find("meta", attrs={attribute: name})
            if isinstance(tag, Tag) and str(tag.get("content") or "").strip():
                return str(tag["content"]).strip()
    return None


def _text(tag: Tag) -> str:
    return re.sub(r"\s+", " ", tag.get_text(" ")).strip()


def _page_metadata(soup: BeautifulSoup) -> dict[str, str]:
    """Headline, byline, date, publisher and canonical URL, from meta tags or the page."""
    found: dict[str, str] = {}
    h1 = soup.find("h1")
    title_tag = soup.find("title")
    title = (
        (_text(h1) if isinstance(h1, Tag) else None)
        or _meta_content(soup, "og:title", "twitter:title")
        or (_text(title_tag) if isinstance(title_tag, Tag) else None)
    )
    if title:
        found["title"] = title
    byline = _meta_content(soup, "author", "article:author")
    if not byline:
        tag = soup.find(attrs={"rel": "author"}) or soup.find(class_=_BYLINE_CLASS)
        byline = _text(tag) if isinstance(tag, Tag) else None
    if byline:
        found["byline"] = re.sub(r"^by\s+", "", byline, flags=re.IGNORECASE)
    date = _meta_content(soup, "article:published_time", "datePublished", "date", "pubdate")
    if not date:
        time_tag = soup.find("time", attrs={"datetime": True})
        date = str(time_tag["datetime"]) if isinstance(time_tag, Tag) else None
    if date and parse_date(date):
        found["published"] = parse_date(date) or date
    publisher = _meta_content(soup, "og:site_name", "publisher")
    if publisher:
        found["publisher"] = publisher
    canonical = soup.find("link", attrs={"rel": "canonical"})
    url = (str(canonical.get("href") or "") if isinstance(canonical, Tag) else "") or (
        _meta_content(soup, "og:url") or ""
    )
    if url:
        found["url"] = url
    return found


def _is_furniture(tag: Tag) -> bool:
    if tag.name == "header" and tag.find_parent("article") is None:
        return True
    if tag.attrs is None:
        return False
    names = " ".join([*tag.get("class", []), str(tag.get("id") or "")])
    role = str(tag.get("role") or "")
    return bool(_FURNITURE_CLASS.search(names)) or role in {"navigation", "banner", "complementary"}


def _drop_furniture(soup: BeautifulSoup) -> None:
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(True):
        if not tag.decomposed and _is_furniture(tag):
            tag.decompose()


def _container(soup: BeautifulSoup) -> Tag:
    """The element holding the story: the <article> with most text, else <main>, else body."""
    candidates = [t for t in soup.find_all("article") if isinstance(t, Tag)]
    if candidates:
        return max(candidates, key=lambda t: len(t.get_text()))
    for finder in (lambda: soup.find("main"), lambda: soup.find(attrs={"role": "main"})):
        tag = finder()
        if isinstance(tag, Tag):
            return tag
    return soup.body if isinstance(soup.body, Tag) else soup


def _paragraphs(soup: BeautifulSoup, title: str | None) -> tuple[list[str], list[str]]:
    """Block texts in page order with their kinds; nested blocks are read once."""
    container = _container(soup)
    texts: list[str] = []
    kinds: list[str] = []
    if title:
        texts.append(title)
        kinds.append(HEADLINE)
    for tag in container.find_all(_BLOCKS):
        if tag.find_parent(_BLOCKS) is not None:
            continue
        if tag.name == "li" and tag.find_parent(["ul", "ol"]) is not None and not tag.find("p"):
            continue  # list items outside prose are usually menus or link lists
        text = _text(tag)
        if not text or (tag.name == "h1" and text == title):
            continue
        classes = " ".join(tag.get("class", []))
        if _BYLINE_CLASS.search(classes) or tag.find(attrs={"rel": "author"}):
            continue
        if tag.name == "figcaption":
            kind = CAPTION
        elif _STANDFIRST_CLASS.search(classes):
            kind = STANDFIRST
        else:
            kind = BODY
        texts.append(text)
        kinds.append(kind)
    if not any(kind == BODY for kind in kinds):
        return [], []
    return texts, kinds
