"""Logging in and out: teachers by email, students by class code and name.

Each login starts a new session and a server-side login record; logging out revokes
that record, so a copied session cookie stops working.
"""

from __future__ import annotations

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_login import current_user, login_required, login_user, logout_user
from flask_wtf import FlaskForm
from sqlalchemy import func, select

from quizapp.db import db
from quizapp.extensions import limiter
from quizapp.models import LoginSession, User
from quizapp.models.people import STUDENT, TEACHER, name_key, utcnow

from .forms import (
    JoinClassForm,
    StudentLoginForm,
    TeacherLoginForm,
    TeacherRegisterForm,
    find_class_by_code,
    normalise_join_code,
)

bp = Blueprint("auth", __name__, template_folder="templates")

LOGIN_FAILED = "That email and password do not match an account."
STUDENT_LOGIN_FAILED = "That class code, name and password do not match a student."


def _failed(response) -> bool:  # type: ignore[no-untyped-def]
    """Only failed attempts count towards the limit: a success redirects."""
    return response.status_code != 302


def _account_key() -> str:
    form = request.form
    account = (
        form.get("email")
        or f"{normalise_join_code(form.get('join_code', ''))}/{name_key(form.get('display_name', ''))}"
    )
    return f"account:{account.strip().lower()}"


login_limits = [
    limiter.limit(
        lambda: current_app.config["LOGIN_LIMIT_PER_ACCOUNT"],
        key_func=_account_key,
        methods=["POST"],
        deduct_when=_failed,
    ),
    limiter.limit(
        lambda: current_app.config["LOGIN_LIMIT_PER_ADDRESS"], methods=["POST"], deduct_when=_failed
    ),
]


def _with_login_limits(view):  # type: ignore[no-untyped-def]
    for limit in login_limits:
        view = limit(view)
    return view


def start_login(user: User) -> None:
    """A fresh session and a new server-side login for ``user``."""
    session.clear()
    token = LoginSession.new_token()
    db.session.add(LoginSession(token=token, user_id=user.id))
    db.session.commit()
    user.login_token = token
    login_user(user)


def _next_page(default: str) -> str:
    target = request.args.get("next", "")
    # Only local paths: never an open redirect to another site.
    if target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return default


@bp.route("/login", methods=["GET", "POST"])
@_with_login_limits
def login():  # type: ignore[no-untyped-def]
    form = TeacherLoginForm()
    if form.validate_on_submit():
        user = db.session.scalar(
            select(User).where(
                func.lower(User.email) == form.email.data.strip().lower(),
                User.role == TEACHER,
                User.removed_at.is_(None),
            )
        )
        if user is not None and user.check_password(form.password.data):
            start_login(user)
            return redirect(_next_page(url_for("teacher.dashboard")))
        form.password.errors.append(LOGIN_FAILED)
    return render_template(
        "auth/login.html", form=form, signup=current_app.config["ALLOW_TEACHER_SIGNUP"]
    ), 401 if form.errors else 200


@bp.route("/register", methods=["GET", "POST"])
def register():  # type: ignore[no-untyped-def]
    if not current_app.config["ALLOW_TEACHER_SIGNUP"]:
        abort(404)
    form = TeacherRegisterForm()
    if form.validate_on_submit():
        teacher = User(
            role=TEACHER,
            email=form.email.data.strip().lower(),
            display_name=form.display_name.data.strip(),
            name_key=name_key(form.email.data),
        )
        teacher.set_password(form.password.data)
        db.session.add(teacher)
        db.session.commit()
        start_login(teacher)
        flash("Welcome! Create your first class below.", "success")
        return redirect(url_for("teacher.dashboard"))
    return render_template("auth/register.html", form=form), 422 if form.errors else 200


@bp.route("/join", methods=["GET", "POST"])
def join():  # type: ignore[no-untyped-def]
    form = JoinClassForm()
    if request.method == "GET" and request.args.get("code"):
        form.join_code.data = normalise_join_code(request.args["code"])
    if form.validate_on_submit():
        classroom = find_class_by_code(form.join_code.data)
        assert classroom is not None
        student = User(
            role=STUDENT,
            display_name=" ".join(form.display_name.data.split()),
            name_key=name_key(form.display_name.data),
            classroom_id=classroom.id,
        )
        student.set_password(form.password.data)
        db.session.add(student)
        db.session.commit()
        start_login(student)
        flash(f"You joined {classroom.name}.", "success")
        return redirect(url_for("student.my_work"))
    return render_template("auth/join.html", form=form), 422 if form.errors else 200


@bp.route("/student-login", methods=["GET", "POST"])
@_with_login_limits
def student_login():  # type: ignore[no-untyped-def]
    form = StudentLoginForm()
    if form.validate_on_submit():
        classroom = find_class_by_code(form.join_code.data)
        student = None
        if classroom is not None:
            student = db.session.scalar(
                select(User).where(
                    User.classroom_id == classroom.id,
                    User.name_key == name_key(form.display_name.data),
                    User.removed_at.is_(None),
                )
            )
        if student is not None and student.check_password(form.password.data):
            start_login(student)
            return redirect(_next_page(url_for("student.my_work")))
        form.password.errors.append(STUDENT_LOGIN_FAILED)
    return render_template("auth/student_login.html", form=form), 401 if form.errors else 200


@bp.post("/logout")
@login_required
def logout():  # type: ignore[no-untyped-def]
    if not FlaskForm().validate_on_submit():
        abort(400)
    record = db.session.get(LoginSession, current_user.get_id())
    if record is not None:
        record.revoked_at = utcnow()
        db.session.commit()
    logout_user()
    session.clear()
    flash("You are logged out.", "success")
    return redirect(url_for("student.index"))
