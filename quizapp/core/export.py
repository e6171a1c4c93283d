"""CSV files that open safely and correctly in spreadsheets.

Student names and answers are typed by people, so a cell such as ``=HYPERLINK(...)``
must not become a live formula on a teacher's computer (OWASP "CSV Injection").  The
UTF-8 byte-order mark makes Excel read accented names correctly.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from decimal import Decimal

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """A cell's text, with a leading ``'`` when a spreadsheet would read text as a formula.

    Numbers stay as they are (``-3`` is a number, not a formula); None is an empty cell.
    """
    if value is None:
        return ""
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return str(value)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


def to_csv(header: Sequence[object], rows: Iterable[Sequence[object]]) -> bytes:
    """The table as UTF-8 CSV with a byte-order mark and CRLF line endings (RFC 4180)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([safe_cell(cell) for cell in header])
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return buffer.getvalue().encode("utf-8-sig")
