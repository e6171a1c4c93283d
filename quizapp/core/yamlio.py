"""Safe YAML reading that keeps line and column numbers for error messages."""

from __future__ import annotations

from dataclasses import dataclass
from io import StringIO
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in a file, at a 1-based line and column."""

    source: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.source}:{self.line}:{self.column}: {self.message}"


class YamlProblem(ValueError):
    """YAML that cannot be read at all (bad indentation, an unclosed quote...)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def _yaml() -> YAML:
    # The round-trip loader builds only plain maps, lists and scalars (never
    # arbitrary Python objects) and remembers where each key and item was.
    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    return yaml


def load_yaml(text: str, source: str) -> Any:
    """Parse YAML text, raising :class:`YamlProblem` with file:line:column on a syntax error."""
    try:
        return _yaml().load(text)
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = _plain_syntax_message(error)
        raise YamlProblem(Problem(source, line, column, message)) from None
    except YAMLError as error:  # pragma: no cover - unmarked errors are rare
        raise YamlProblem(Problem(source, 1, 1, f"not valid YAML: {error}")) from None


def _plain_syntax_message(error: MarkedYAMLError) -> str:
    problem = (error.problem or "").strip()
    context = (error.context or "").strip()
    hints = {
        "mapping values are not allowed here": (
            "a colon here starts a new key: check the indentation of this line, or put the "
            "text in quotes if it contains ': '"
        ),
        "found character '\\t' that cannot start any token": (
            "a tab character: YAML indentation must use spaces"
        ),
        "could not find expected ':'": "this line is not a 'key: value' pair; check indentation",
        "found duplicate key": "this key appears twice in the same block",
        "expected <block end>": (
            "this line is indented differently from the lines around it: line it up with "
            "the other keys of the same block"
        ),
        "did not find expected key": (
            "this line is indented differently from the lines around it: line it up with "
            "the other keys of the same block"
        ),
        "did not find expected '-' indicator": (
            "a list item is out of line: every '- ' of one list starts in the same column"
        ),
    }
    for fragment, hint in hints.items():
        if fragment in problem or fragment in context:
            return f"{hint} ({problem or context})"
    if "while scanning a quoted scalar" in context:
        return f"a quotation is never closed ({problem})"
    return f"not valid YAML: {problem or context}"


def position_of_key(node: Any, key: str | None = None) -> tuple[int, int]:
    """1-based (line, column) of ``key`` in a map, or of the map itself."""
    if isinstance(node, CommentedMap):
        if key is not None and key in node:
            line, column = node.lc.key(key)
            return line + 1, column + 1
        return node.lc.line + 1, node.lc.col + 1
    if isinstance(node, CommentedSeq):
        return node.lc.line + 1, node.lc.col + 1
    return 1, 1


def position_of_value(node: Any, key: str) -> tuple[int, int]:
    """1-based (line, column) of the value under ``key``."""
    if isinstance(node, CommentedMap) and key in node:
        line, column = node.lc.value(key)
        return line + 1, column + 1
    return position_of_key(node, key)


def position_of_item(node: Any, index: int) -> tuple[int, int]:
    """1-based (line, column) of item ``index`` of a list."""
    if isinstance(node, CommentedSeq) and index < len(node):
        line, column = node.lc.item(index)
        return line + 1, column + 1
    return position_of_key(node)


def dump_yaml(data: Any) -> str:
    """Write data (plain or round-trip) back to YAML text, keeping comments and order."""
    stream = StringIO()
    yaml = _yaml()
    yaml.width = 100
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.dump(data, stream)
    return stream.getvalue()
