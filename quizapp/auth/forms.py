"""Login, registration and join forms."""

from __future__ import annotations

from flask_wtf import FlaskForm
from sqlalchemy import func, select
from wtforms import EmailField, PasswordField, StringField
from wtforms.validators import DataRequired, EqualTo, Length, Regexp, ValidationError

from quizapp.db import db
from quizapp.models import Classroom, User
from quizapp.models.people import JOIN_CODE_LENGTH, TEACHER, name_key

TEACHER_PASSWORD_MIN = 10
STUDENT_PASSWORD_MIN = 6
# The shape of an address only: wtforms' Email() needs the email_validator package, which
# is not a dependency, and the address is never mailed to.
EMAIL_SHAPE = r"^\s*[^@\s]+@[^@\s]+\.[^@\s]+\s*$"
EMAIL_MESSAGE = "Enter an email address, like name@school.org."


def normalise_join_code(code: str) -> str:
    """Join codes are forgiving: case, spaces and hyphens do not matter."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


def find_class_by_code(code: str) -> Classroom | None:
    return db.session.scalar(
        select(Classroom).where(Classroom.join_code == normalise_join_code(code))
    )


class TeacherLoginForm(FlaskForm):
    email = EmailField("Email", validators=[DataRequired(), Length(max=254)])
    password = PasswordField("Password", validators=[DataRequired(), Length(max=200)])


class TeacherRegisterForm(FlaskForm):
    display_name = StringField("Your name", validators=[DataRequired(), Length(max=80)])
    email = EmailField(
        "Email",
        validators=[DataRequired(), Length(max=254), Regexp(EMAIL_SHAPE, message=EMAIL_MESSAGE)],
    )
    password = PasswordField(
        "Password",
        validators=[DataRequired(), Length(min=TEACHER_PASSWORD_MIN, max=200)],
        description=f"At least {TEACHER_PASSWORD_MIN} characters.",
    )
    confirm = PasswordField(
        "Password again", validators=[DataRequired(), EqualTo("password", "The passwords differ.")]
    )

    def validate_email(self, field: EmailField) -> None:
        taken = db.session.scalar(
            select(User.id).where(
                func.lower(User.email) == field.data.strip().lower(), User.role == TEACHER
            )
        )
        if taken:
            raise ValidationError("An account with this email already exists. Log in instead.")


class _ClassCodeMixin:
    join_code = StringField(
        "Class code",
        validators=[DataRequired(), Length(max=20)],
        description=f"The {JOIN_CODE_LENGTH}-character code your teacher gave you.",
    )


class JoinClassForm(_ClassCodeMixin, FlaskForm):
    display_name = StringField(
        "Your name",
        validators=[DataRequired(), Length(min=2, max=40)],
        description="As your teacher will see it in the class list.",
    )
    password = PasswordField(
        "Choose a password",
        validators=[DataRequired(), Length(min=STUDENT_PASSWORD_MIN, max=200)],
        description=f"At least {STUDENT_PASSWORD_MIN} characters. You will need it to log in again.",
    )
    confirm = PasswordField(
        "Password again", validators=[DataRequired(), EqualTo("password", "The passwords differ.")]
    )

    classroom: Classroom | None = None

    def validate_join_code(self, field: StringField) -> None:
        self.classroom = find_class_by_code(field.data)
        if self.classroom is None:
            raise ValidationError("No class has this code. Check it with your teacher.")
        if not self.classroom.joining_open:
            raise ValidationError("This class is not taking new students.")

    def validate_display_name(self, field: StringField) -> None:
        classroom = find_class_by_code(self.join_code.data or "")
        if classroom is None:
            return
        taken = db.session.scalar(
            select(User.id).where(
                User.classroom_id == classroom.id, User.name_key == name_key(field.data)
            )
        )
        if taken:
            raise ValidationError(
                "Someone in this class already uses this name. Add an initial or a number, "
                "or log in if it is you."
            )


class StudentLoginForm(_ClassCodeMixin, FlaskForm):
    display_name = StringField("Your name", validators=[DataRequired(), Length(max=40)])
    password = PasswordField("Password", validators=[DataRequired(), Length(max=200)])
