"""Bringing in an article: upload a file or paste its text."""

from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField
from wtforms import SelectField, StringField, TextAreaField, URLField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length, Optional, Regexp, ValidationError

MAX_ARTICLE_CHARS = 200_000


class ArticleForm(FlaskForm):
    upload = FileField(
        "Article file",
        validators=[FileAllowed(["txt", "html", "htm"], "Upload a .txt or .html file.")],
        description="A saved web page (.html) or plain text (.txt), up to 1 MB.",
    )
    pasted = TextAreaField(
        "…or paste the article",
        description="Plain text, one paragraph per line or separated by blank lines. "
        f"Up to {MAX_ARTICLE_CHARS:,} characters; upload longer articles as a file.",
    )
    title = StringField("Headline", validators=[Optional(), Length(max=300)])
    publisher = StringField("Publisher", validators=[Optional(), Length(max=200)])
    published = StringField(
        "Date published",
        validators=[Optional(), Regexp(r"^\d{4}-\d{2}-\d{2}$", message="Use the form 2019-04-10.")],
        description="Year-month-day, like 2019-04-10. Leave empty if the article does not say.",
    )
    url = URLField("Original web address", validators=[Optional(), Length(max=1000)])
    kind = SelectField(
        "Kind",
        default="news report",
        choices=[
            SelectChoice(k)
            for k in ("news report", "opinion", "press release", "video description", "other")
        ],
    )

    def validate_pasted(self, field: TextAreaField) -> None:
        has_file = bool(self.upload.data and getattr(self.upload.data, "filename", ""))
        if has_file == bool((field.data or "").strip()):
            raise ValidationError("Upload a file or paste the text: one of the two.")
        # Counted as the article will be stored: browsers send each line break as two characters.
        length = len((field.data or "").replace("\r\n", "\n"))
        if length > MAX_ARTICLE_CHARS:
            raise ValidationError(
                f"The pasted text has {length:,} characters; the limit is {MAX_ARTICLE_CHARS:,}. "
                "Shorten it, or save it as a .txt file and upload that. Nothing was stored."
            )


class GenerateForm(FlaskForm):
    title = StringField("Bank title", validators=[DataRequired(), Length(max=200)])
