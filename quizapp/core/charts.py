"""Gradebook charts drawn as inline SVG on the server: no JavaScript, no CDN.

The app's Content-Security-Policy forbids inline ``style`` attributes, so colours are
presentation attributes (``fill=``) plus ``class`` names the stylesheet may override.
Every piece of text is escaped, which is what makes returning ``Markup`` safe: templates
embed a chart with ``{{ chart }}``.  Each chart carries ``role="img"``, a ``<title>`` and a
``<desc>`` that states the data in words for screen readers.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from html import escape

from markupsafe import Markup

from .stats import Bin

FONT = 'font-family="system-ui, sans-serif"'
TEXT_COLOUR = "#1a202c"
BAR_COLOUR = "#2b6cb0"
TRACK_COLOUR = "#e2e8f0"
AXIS_COLOUR = "#4a5568"
EMPTY_MESSAGE = "No answers yet"
CHAR_WIDTH = 7  # rough width of one 12px character, to size the label column
MAX_LABEL_CHARS = 48  # every skill label in bank.SKILLS fits whole


def _number(value: float) -> str:
    """Whole numbers without decimals, others with one: 75, 66.7."""
    rounded = round(value, 1) + 0.0  # + 0.0 turns -0.0 into 0.0
    return f"{rounded:.0f}" if rounded == int(rounded) else f"{rounded:.1f}"


def _text(
    x: float, y: float, content: str, *, css: str, anchor: str = "start", size: int = 12
) -> str:
    return (
        f'<text class="{css}" x="{x:g}" y="{y:g}" text-anchor="{anchor}" font-size="{size}" '
        f'{FONT} fill="{TEXT_COLOUR}">{escape(content)}</text>'
    )


def _svg(width: int, height: int, title: str, desc: str, body: list[str], css: str) -> Markup:
    """Wrap ``body`` in an accessible, scalable ``<svg>``; title and desc are escaped here."""
    digest = hashlib.sha1(f"{title}\0{desc}\0{''.join(body)}".encode(), usedforsecurity=False)
    ident = f"chart-{digest.hexdigest()[:10]}"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart {css}" role="img" '
        f'viewBox="0 0 {width} {height}" width="100%" preserveAspectRatio="xMinYMin meet" '
        f'aria-labelledby="{ident}-title {ident}-desc">',
        f'<title id="{ident}-title">{escape(title)}</title>',
        f'<desc id="{ident}-desc">{escape(desc)}</desc>',
        *body,
        "</svg>",
    ]
    return Markup("\n".join(parts))


def _empty(title: str, css: str) -> Markup:
    body = [_text(160, 34, EMPTY_MESSAGE, css="empty", anchor="middle", size=14)]
    return _svg(320, 60, title, f"{title}: {EMPTY_MESSAGE.lower()}.", body, css)


def histogram_svg(bins: Sequence[Bin], *, title: str, x_label: str, y_label: str) -> Markup:
    """Vertical bars, one per bin, with the count written above each bar."""
    total = sum(b.count for b in bins)
    if not bins or total == 0:
        return _empty(title, "histogram")
    left, right, top, bottom = 48, 12, 16, 52
    plot_w, plot_h = max(240, 40 * len(bins)), 180
    width, height = left + plot_w + right, top + plot_h + bottom
    peak = max(b.count for b in bins)
    slot = plot_w / len(bins)
    base = top + plot_h
    body = [
        f'<line class="axis" x1="{left}" y1="{base}" x2="{left + plot_w}" y2="{base}" '
        f'stroke="{AXIS_COLOUR}"/>',
        f'<line class="axis" x1="{left}" y1="{top}" x2="{left}" y2="{base}" stroke="{AXIS_COLOUR}"/>',
        _text(left - 6, base + 4, "0", css="tick", anchor="end"),
        _text(left - 6, top + 4, str(peak), css="tick", anchor="end"),
    ]
    for index, item in enumerate(bins):
        bar_h = plot_h * item.count / peak
        x = left + index * slot
        centre = x + slot / 2
        body.append(
            f'<rect class="bar" x="{x + 2:g}" y="{base - bar_h:g}" width="{slot - 4:g}" '
            f'height="{bar_h:g}" fill="{BAR_COLOUR}"><title>{escape(item.label)}: '
            f"{item.count}</title></rect>"
        )
        if item.count:
            body.append(
                _text(centre, base - bar_h - 4, str(item.count), css="value", anchor="middle")
            )
        body.append(_text(centre, base + 16, item.label, css="tick", anchor="middle", size=10))
    body.append(_text(left + plot_w / 2, height - 8, x_label, css="label", anchor="middle"))
    body.append(
        f'<text class="label" transform="rotate(-90)" x="{-(top + plot_h / 2):g}" y="14" '
        f'text-anchor="middle" font-size="12" {FONT} fill="{TEXT_COLOUR}">{escape(y_label)}</text>'
    )
    counts = "; ".join(f"{b.label}: {b.count}" for b in bins)
    desc = f"{y_label} by {x_label}, {total} in all. {counts}."
    return _svg(width, height, title, desc, body, "histogram")


def _shorten(label: str) -> str:
    return label if len(label) <= MAX_LABEL_CHARS else label[: MAX_LABEL_CHARS - 1] + "…"


def bar_chart_svg(
    items: Sequence[tuple[str, float]], *, title: str, max_value: float = 100, unit: str = "%"
) -> Markup:
    """Horizontal bars, which leave room for long skill names, each with its value beside it.

    Bars are clipped to 0..``max_value``; the written value is always the true one.
    """
    if not items:
        return _empty(title, "bar-chart")
    if max_value <= 0:
        raise ValueError("max_value must be positive")
    label_w = CHAR_WIDTH * max(len(_shorten(label)) for label, _ in items) + 12
    bar_w, value_w, row_h, top = 240, 56, 28, 8
    width = label_w + bar_w + value_w
    height = top * 2 + row_h * len(items)
    body = [
        f'<line class="axis" x1="{label_w}" y1="{top}" x2="{label_w}" '
        f'y2="{height - top}" stroke="{AXIS_COLOUR}"/>'
    ]
    for index, (label, value) in enumerate(items):
        y = top + index * row_h
        share = min(max(value / max_value, 0.0), 1.0)
        shown = f"{_number(value)}{unit}"
        body.append(_text(label_w - 8, y + 18, _shorten(label), css="label", anchor="end"))
        body.append(
            f'<rect class="track" x="{label_w}" y="{y + 6}" width="{bar_w}" height="{row_h - 12}" '
            f'fill="{TRACK_COLOUR}"/>'
        )
        body.append(
            f'<rect class="bar" x="{label_w}" y="{y + 6}" width="{bar_w * share:g}" '
            f'height="{row_h - 12}" fill="{BAR_COLOUR}"><title>{escape(label)}: '
            f"{escape(shown)}</title></rect>"
        )
        body.append(_text(label_w + bar_w + 6, y + 18, shown, css="value"))
    desc = "; ".join(f"{label}: {_number(value)}{unit}" for label, value in items) + "."
    return _svg(width, height, title, desc, body, "bar-chart")
