"""Error pages for people: what went wrong and where to go next."""

from __future__ import annotations

from flask import Flask, render_template, request
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

MESSAGES = {
    400: "The request could not be understood.",
    403: "You do not have access to this page.",
    404: "There is nothing at this address.",
    405: "That action is not allowed here.",
    413: "The upload is too large.",
    429: "Too many attempts. Please wait a few minutes, then try again.",
}


def init_app(app: Flask) -> None:
    @app.errorhandler(CSRFError)
    def csrf_error(error: CSRFError):  # type: ignore[no-untyped-def]
        message = (
            "The form had expired or was not sent by this site. "
            "Go back, reload the page and try again."
        )
        return render_template("error.html", code=400, message=message), 400

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):  # type: ignore[no-untyped-def]
        code = error.code or 500
        message = MESSAGES.get(code, error.description)
        if code == 413:
            limit = app.config["MAX_CONTENT_LENGTH"] // (1024 * 1024)
            message = f"The upload is too large: the limit is {limit} MB."
        back = request.path if code == 429 else None
        return render_template("error.html", code=code, message=message, back=back), code
