"""CSV export: safe against formula injection, readable by spreadsheets."""

import csv
import io
from decimal import Decimal

import pytest

from quizapp.core.export import safe_cell, to_csv


@pytest.mark.parametrize(
    "value, expected",
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("a=b", "a=b"),
        ("Zoë", "Zoë"),
        ("", ""),
        (None, ""),
        (-3, "-3"),
        (75.5, "75.5"),
        (-0.25, "-0.25"),
        (Decimal("-1.5"), "-1.5"),
    ],
)
def test_safe_cell(value, expected):
    assert safe_cell(value) == expected


def test_to_csv_is_utf8_with_bom_and_crlf():
    data = to_csv(["name", "score"], [["Ann", 90], ["Bo", None]])
    assert data.startswith(b"\xef\xbb\xbf")
    assert data == "\ufeffname,score\r\nAnn,90\r\nBo,\r\n".encode()


def test_to_csv_round_trips_names_and_awkward_text():
    rows = [
        ["Zoë Ødegård", 87.5, 'Said "framing", then fact'],
        ["李小龍", -3, "line one\nline two"],
        ["=cmd|' /C calc'!A0", 0, "@evil"],
    ]
    data = to_csv(["Student", "Score", "Answer"], rows)
    parsed = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert parsed == [
        ["Student", "Score", "Answer"],
        ["Zoë Ødegård", "87.5", 'Said "framing", then fact'],
        ["李小龍", "-3", "line one\nline two"],
        ["'=cmd|' /C calc'!A0", "0", "'@evil"],
    ]


def test_to_csv_escapes_the_header_too():
    data = to_csv(["=1+1"], [])
    assert data.decode("utf-8-sig") == "'=1+1\r\n"
