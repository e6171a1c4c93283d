"""The article library: a folder of article files and a manifest of their provenance."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ruamel.yaml.comments import CommentedMap

from .articles import Article, ArticleError
from .ingest import load_article_file
from .yamlio import Problem, YamlProblem, load_yaml, position_of_item, position_of_key

MANIFEST_NAME = "articles.yaml"
PROVENANCE_FIELDS = ("title", "publisher", "published", "byline", "kind", "url", "notes")


@dataclass
class Library:
    """Articles by id, with the problems met while loading the manifest."""

    root: Path
    articles: dict[str, Article] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def __contains__(self, article_id: str) -> bool:
        return article_id in self.articles

    def texts(self) -> dict[str, str]:
        return {article_id: article.text for article_id, article in self.articles.items()}


def load_library(root: Path) -> Library:
    """Load every article the manifest in ``root`` lists; report bad entries, skip them."""
    library = Library(root=root)
    manifest_path = root / MANIFEST_NAME
    source = str(manifest_path)
    if not manifest_path.exists():
        library.problems.append(Problem(source, 1, 1, "article manifest not found"))
        return library
    try:
        data = load_yaml(manifest_path.read_text(encoding="utf-8"), source)
    except YamlProblem as error:
        library.problems.append(error.problem)
        return library
    entries = data.get("articles") if isinstance(data, CommentedMap) else None
    if not isinstance(entries, list):
        line, column = position_of_key(data)
        library.problems.append(Problem(source, line, column, "expected a list under 'articles:'"))
        return library
    for index, entry in enumerate(entries):
        line, column = position_of_item(entries, index)
        if not isinstance(entry, CommentedMap) or "id" not in entry or "file" not in entry:
            message = "each article needs an 'id' and a 'file'"
            library.problems.append(Problem(source, line, column, message))
            continue
        article_id = str(entry["id"])
        if article_id in library.articles:
            message = f"article id '{article_id}' is listed twice"
            library.problems.append(Problem(source, line, column, message))
            continue
        meta = {k: str(entry[k]) for k in PROVENANCE_FIELDS if entry.get(k) is not None}
        try:
            library.articles[article_id] = load_article_file(
                root / str(entry["file"]), article_id, **meta
            )
        except (ArticleError, OSError) as error:
            library.problems.append(Problem(source, line, column, str(error)))
    return library
