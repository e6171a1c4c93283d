"""Teacher forms: classes, students, assignments."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateTimeLocalField,
    IntegerField,
    PasswordField,
    RadioField,
    SelectField,
    StringField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import (
    DataRequired,
    InputRequired,
    Length,
    NumberRange,
    Optional,
    ValidationError,
)

from quizapp.auth.forms import STUDENT_PASSWORD_MIN
from quizapp.models.assignments import FEEDBACK_TIMINGS, PHASES
from quizapp.quiz import CheckboxListField


class ClassForm(FlaskForm):
    name = StringField("Class name", validators=[DataRequired(), Length(max=120)])


class RenameStudentForm(FlaskForm):
    display_name = StringField("New name", validators=[DataRequired(), Length(min=2, max=40)])


class ResetPasswordForm(FlaskForm):
    password = PasswordField(
        "New password",
        validators=[DataRequired(), Length(min=STUDENT_PASSWORD_MIN, max=200)],
        description="Tell the student; they can use it at once.",
    )


class AssignmentForm(FlaskForm):
    title = StringField("Title", validators=[DataRequired(), Length(max=200)])
    questions = CheckboxListField(
        "Questions", validators=[DataRequired("Choose at least one question.")]
    )
    opens_at = DateTimeLocalField(
        "Opens", validators=[Optional()], description="Leave empty to open now (times are UTC)."
    )
    closes_at = DateTimeLocalField(
        "Closes", validators=[Optional()], description="Leave empty to keep it open."
    )
    attempts_allowed = IntegerField(
        "Attempts allowed",
        default=1,
        validators=[
            InputRequired("Enter a number of attempts from 1 to 20."),
            NumberRange(min=1, max=20, message="Allow from 1 to 20 attempts."),
        ],
    )
    shuffle = BooleanField("Shuffle questions and choices (stable for each attempt)")
    feedback_timing = RadioField(
        "When students see right answers and explanations",
        default="each",
        choices=[SelectChoice(key, label) for key, label in FEEDBACK_TIMINGS.items()],
    )
    phase = SelectField(
        "Pre-test or post-test",
        default="",
        choices=[SelectChoice(key, label) for key, label in PHASES.items()],
    )
    # No Optional(): it would stop the chain on "" and skip validate_pretest_id.
    pretest_id = SelectField("Post-test of which pre-test", default="")

    def validate_closes_at(self, field: DateTimeLocalField) -> None:
        if field.data and self.opens_at.data and field.data <= self.opens_at.data:
            raise ValidationError("The closing time must be after the opening time.")

    def validate_pretest_id(self, field: SelectField) -> None:
        if self.phase.data == "post" and not field.data:
            raise ValidationError("A post-test needs the pre-test it follows.")
