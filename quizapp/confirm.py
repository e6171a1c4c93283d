"""A confirmation step that works without JavaScript, for actions that cannot be undone."""

from __future__ import annotations

from flask import render_template, request


def confirmed() -> bool:
    """Whether this POST came from the confirmation page."""
    return request.form.get("confirm") == "yes"


def ask_to_confirm(
    *, title: str, message: str, confirm_label: str, cancel_url: str, cancel_label: str = "Cancel"
) -> str:
    """A page that re-posts the same action with ``confirm=yes``."""
    return render_template(
        "confirm.html",
        title=title,
        message=message,
        action=request.path,
        confirm_label=confirm_label,
        cancel_url=cancel_url,
        cancel_label=cancel_label,
    )
