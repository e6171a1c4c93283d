"""The teacher's side: classes, students, assignments, the gradebook and its exports."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from flask import Blueprint, Response, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from flask_wtf import FlaskForm
from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from wtforms.fields.choices import SelectChoice

from quizapp.access import own_assignment, own_class, own_student, teacher_required
from quizapp.confirm import ask_to_confirm, confirmed
from quizapp.core import charts, export, stats
from quizapp.core.bank import SKILLS, question_label
from quizapp.db import db
from quizapp.gradebook import class_answers, class_responses
from quizapp.models import Assignment, BankRecord, Classroom, LoginSession, QuestionRecord, User
from quizapp.models.assignments import FEEDBACK_TIMINGS, PHASES
from quizapp.models.people import name_key, new_join_code, utcnow

from .forms import AssignmentForm, ClassForm, RenameStudentForm, ResetPasswordForm

bp = Blueprint("teacher", __name__, url_prefix="/teacher", template_folder="templates")


def class_students(classroom: Classroom) -> list[User]:
    """The class's current students, by name."""
    return list(
        db.session.scalars(
            select(User)
            .where(User.classroom_id == classroom.id, User.removed_at.is_(None))
            .order_by(User.display_name)
        )
    )


def class_assignments(classroom: Classroom) -> list[Assignment]:
    """The class's assignments, oldest first."""
    return list(
        db.session.scalars(
            select(Assignment)
            .where(Assignment.classroom_id == classroom.id)
            .order_by(Assignment.id)
        )
    )


def _create_with_unique_code(classroom: Classroom) -> None:
    """Give ``classroom`` a join code no other class has (retrying on the rare clash)."""
    for _ in range(10):
        classroom.join_code = new_join_code()
        try:
            with db.session.begin_nested():
                db.session.add(classroom)
            return
        except IntegrityError:
            continue
    raise RuntimeError("could not find a free join code")


@bp.route("/", methods=["GET", "POST"])
@teacher_required
def dashboard():  # type: ignore[no-untyped-def]
    form = ClassForm()
    if form.validate_on_submit():
        classroom = Classroom(teacher_id=current_user.id, name=form.name.data.strip())
        _create_with_unique_code(classroom)
        db.session.commit()
        flash(
            f"Class '{classroom.name}' created. Its join code is {classroom.join_code}.", "success"
        )
        return redirect(url_for("teacher.class_page", class_id=classroom.id))
    student_count = func.count(User.id).filter(User.removed_at.is_(None))
    rows = db.session.execute(
        select(Classroom, student_count)
        .outerjoin(User, User.classroom_id == Classroom.id)
        .where(Classroom.teacher_id == current_user.id)
        .group_by(Classroom.id)
        .order_by(Classroom.name)
    ).all()
    return render_template("teacher/dashboard.html", classes=rows, form=form)


@bp.get("/classes/<int:class_id>")
@teacher_required
def class_page(class_id: int):  # type: ignore[no-untyped-def]
    classroom = own_class(class_id)
    students = class_students(classroom)
    assignments = class_assignments(classroom)
    banks = db.session.scalars(select(BankRecord).order_by(BankRecord.title)).all()
    return render_template(
        "teacher/class.html",
        classroom=classroom,
        students=students,
        assignments=assignments,
        banks=banks,
        timings=FEEDBACK_TIMINGS,
        phases=PHASES,
        rename_form=RenameStudentForm(),
        reset_form=ResetPasswordForm(),
    )


def _errors_text(form: FlaskForm) -> str:
    return "; ".join(error for errors in form.errors.values() for error in errors)


def _checked_post(classroom_id: int) -> Classroom:
    classroom = own_class(classroom_id)
    if not FlaskForm().validate_on_submit():
        abort(400)
    return classroom


@bp.post("/classes/<int:class_id>/code")
@teacher_required
def regenerate_code(class_id: int):  # type: ignore[no-untyped-def]
    classroom = _checked_post(class_id)
    if not confirmed():
        return ask_to_confirm(
            title="Make a new join code?",
            message=f"The code {classroom.join_code} will stop working at once. Students who "
            "already joined keep their accounts; new students need the new code.",
            confirm_label="Make a new code",
            cancel_url=url_for("teacher.class_page", class_id=class_id),
        )
    _create_with_unique_code(classroom)
    db.session.commit()
    flash(f"New join code: {classroom.join_code}. The old code no longer works.", "success")
    return redirect(url_for("teacher.class_page", class_id=class_id))


def _student_form(
    class_id: int,
    student_id: int,
    form_class: type[FlaskForm],
    apply: Callable[[Classroom, User, FlaskForm], tuple[str, str]],
) -> Response:
    """Check access and the form, run ``apply`` (a flash message and its kind), go back."""
    classroom = own_class(class_id)
    student = own_student(classroom, student_id)
    form = form_class()
    if form.validate_on_submit():
        flash(*apply(classroom, student, form))
    else:
        flash(_errors_text(form), "error")
    return redirect(url_for("teacher.class_page", class_id=class_id))


def _rename(classroom: Classroom, student: User, form: RenameStudentForm) -> tuple[str, str]:
    new_name = " ".join(form.display_name.data.split())
    clash = db.session.scalar(
        select(User.id).where(
            User.classroom_id == classroom.id,
            User.name_key == name_key(new_name),
            User.id != student.id,
        )
    )
    if clash:
        return f"Another student in this class is already called '{new_name}'.", "error"
    student.display_name, student.name_key = new_name, name_key(new_name)
    db.session.commit()
    return f"Renamed to {new_name}.", "success"


def _reset_password(
    classroom: Classroom, student: User, form: ResetPasswordForm
) -> tuple[str, str]:
    student.set_password(form.password.data)
    # A new password ends every login made with the old one.
    db.session.execute(
        update(LoginSession)
        .where(LoginSession.user_id == student.id, LoginSession.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )
    db.session.commit()
    return f"{student.display_name}'s password was reset.", "success"


@bp.post("/classes/<int:class_id>/students/<int:student_id>/rename")
@teacher_required
def rename_student(class_id: int, student_id: int):  # type: ignore[no-untyped-def]
    return _student_form(class_id, student_id, RenameStudentForm, _rename)


@bp.post("/classes/<int:class_id>/students/<int:student_id>/password")
@teacher_required
def reset_password(class_id: int, student_id: int):  # type: ignore[no-untyped-def]
    return _student_form(class_id, student_id, ResetPasswordForm, _reset_password)


@bp.post("/classes/<int:class_id>/students/<int:student_id>/remove")
@teacher_required
def remove_student(class_id: int, student_id: int):  # type: ignore[no-untyped-def]
    classroom = _checked_post(class_id)
    student = own_student(classroom, student_id)
    if not confirmed():
        return ask_to_confirm(
            title=f"Remove {student.display_name}?",
            message=f"{student.display_name} will no longer be able to log in and will leave the "
            "class list and gradebook. Their past answers are kept in the records.",
            confirm_label=f"Remove {student.display_name}",
            cancel_url=url_for("teacher.class_page", class_id=class_id),
        )
    # Kept, not deleted: their answers stay in the history, their name is freed.
    student.removed_at = utcnow()
    student.name_key = f"{student.name_key}#removed-{student.id}"
    db.session.commit()
    flash(f"{student.display_name} was removed from the class.", "success")
    return redirect(url_for("teacher.class_page", class_id=class_id))


@bp.route("/classes/<int:class_id>/assignments/new", methods=["GET", "POST"])
@teacher_required
def new_assignment(class_id: int):  # type: ignore[no-untyped-def]
    classroom = own_class(class_id)
    bank_id = request.args.get("bank", "")
    bank = db.session.get(BankRecord, bank_id) if bank_id else None
    if bank is None:
        banks = db.session.scalars(select(BankRecord).order_by(BankRecord.title)).all()
        return render_template("teacher/choose_bank.html", classroom=classroom, banks=banks)
    questions = db.session.scalars(
        select(QuestionRecord)
        .where(QuestionRecord.bank_id == bank.id, QuestionRecord.status == "approved")
        .order_by(QuestionRecord.position)
    ).all()
    if not questions:
        flash("That bank has no approved questions yet.", "error")
        return redirect(url_for("teacher.new_assignment", class_id=class_id))
    pretests = db.session.scalars(
        select(Assignment).where(
            Assignment.classroom_id == classroom.id,
            Assignment.phase == "pre",
            Assignment.bank_id == bank.id,
        )
    ).all()
    form = AssignmentForm()
    form.questions.choices = [
        SelectChoice(q.key, question_label(q.data["prompt"], q.data.get("statement")))
        for q in questions
    ]
    form.pretest_id.choices = [SelectChoice("", "(none)")] + [
        SelectChoice(str(a.id), a.title) for a in pretests
    ]
    if request.method == "GET":
        form.title.data = bank.title
        form.questions.data = [q.key for q in questions]
    if form.validate_on_submit():
        pretest = None
        if form.phase.data == "post" and form.pretest_id.data:
            pretest = own_assignment(classroom, int(form.pretest_id.data))
        assignment = Assignment(
            classroom_id=classroom.id,
            bank_id=bank.id,
            title=form.title.data.strip(),
            question_keys=[q.key for q in questions if q.key in set(form.questions.data)],
            opens_at=form.opens_at.data,
            closes_at=form.closes_at.data,
            attempts_allowed=form.attempts_allowed.data,
            shuffle=form.shuffle.data,
            feedback_timing=form.feedback_timing.data,
            phase=form.phase.data,
            pretest_id=pretest.id if pretest else None,
        )
        if pretest is not None:
            assignment.question_keys = list(pretest.question_keys)  # the same questions
        db.session.add(assignment)
        db.session.commit()
        flash(f"Assigned '{assignment.title}' to {classroom.name}.", "success")
        return redirect(url_for("teacher.class_page", class_id=class_id))
    return render_template(
        "teacher/new_assignment.html", classroom=classroom, bank=bank, form=form
    ), 422 if form.errors else 200


def _gradebook_data(classroom: Classroom) -> tuple[dict[int, dict], list[stats.AnswerRecord]]:
    """The questions students saw and, for statistics, the records of each best attempt."""
    answers = class_answers(db.session, classroom)
    return answers.questions, stats.best_attempts(answers.records)


@bp.get("/classes/<int:class_id>/gradebook")
@teacher_required
def gradebook(class_id: int):  # type: ignore[no-untyped-def]
    classroom = own_class(class_id)
    students = class_students(classroom)
    assignments = class_assignments(classroom)
    questions, records = _gradebook_data(classroom)
    scores = stats.assignment_scores(records)
    question_stats = stats.question_statistics(records)
    prompts = {
        question_id: question_label(data["prompt"], data.get("statement"))
        for question_id, data in questions.items()
    }
    choice_labels = {
        question_id: {c["key"]: c["text"] for c in data["choices"]}
        for question_id, data in questions.items()
    }
    mastery = stats.skill_mastery(records)
    class_mastery = stats.class_skill_mastery(records)
    discernment = stats.discernment(records)
    gains = []
    for post in assignments:
        if post.phase == "post" and post.pretest_id:
            pre_records = [r for r in records if r.assignment_id == post.pretest_id]
            post_records = [r for r in records if r.assignment_id == post.id]
            gains.append((post, stats.gains(pre_records, post_records)))
    all_scores = [score.percent for score in scores.values()]
    distribution = charts.histogram_svg(
        stats.score_distribution(all_scores),
        title="Score distribution",
        x_label="Score (%)",
        y_label="Students × assignments",
    )
    skill_chart = charts.bar_chart_svg(
        [(SKILLS[skill], score.percent) for skill, score in class_mastery.items()],
        title="Class mastery by skill",
    )
    return render_template(
        "teacher/gradebook.html",
        classroom=classroom,
        students=students,
        assignments=assignments,
        scores=scores,
        question_stats=question_stats,
        prompts=prompts,
        choice_labels=choice_labels,
        mastery=mastery,
        class_mastery=class_mastery,
        discernment=discernment,
        gains=gains,
        distribution=distribution,
        skill_chart=skill_chart,
        skills=SKILLS,
    )


@bp.get("/classes/<int:class_id>/students/<int:student_id>")
@teacher_required
def student_answers(class_id: int, student_id: int):  # type: ignore[no-untyped-def]
    classroom = own_class(class_id)
    student = own_student(classroom, student_id)
    rows = class_responses(db.session, classroom, student_id=student.id)
    attempts = defaultdict(list)
    for row in rows:
        attempts[row.attempt].append(row)
    return render_template(
        "teacher/student.html", classroom=classroom, student=student, attempts=attempts
    )


def _csv_response(content: bytes, filename: str) -> Response:
    return Response(
        content,
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@bp.get("/classes/<int:class_id>/gradebook.csv")
@teacher_required
def gradebook_csv(class_id: int):  # type: ignore[no-untyped-def]
    classroom = own_class(class_id)
    students = class_students(classroom)
    assignments = class_assignments(classroom)
    _, records = _gradebook_data(classroom)
    scores = stats.assignment_scores(records)
    header = ["Student"] + [f"{a.title} (%)" for a in assignments]
    body = [
        [s.display_name]
        + [
            round(scores[(s.id, a.id)].percent) if (s.id, a.id) in scores else None
            for a in assignments
        ]
        for s in students
    ]
    return _csv_response(export.to_csv(header, body), f"gradebook-class-{classroom.id}.csv")


@bp.get("/classes/<int:class_id>/responses.csv")
@teacher_required
def responses_csv(class_id: int):  # type: ignore[no-untyped-def]
    classroom = own_class(class_id)
    rows = class_responses(db.session, classroom)
    header = [
        "Student", "Assignment", "Attempt", "Question id", "Question version", "Skill",
        "Prompt", "Statement", "Selected", "Correct answer", "Right", "Answered at (UTC)",
    ]  # fmt: skip
    body = []
    for row in rows:
        choices = {c["key"]: c["text"] for c in row.version.data["choices"]}
        body.append(
            [
                row.student.display_name,
                row.assignment.title,
                row.attempt.number,
                row.version.data["id"],
                row.version.content_hash,
                row.version.skill,
                row.version.data["prompt"],
                row.version.data.get("statement") or "",
                " | ".join(choices.get(k, k) for k in row.response.selected),
                " | ".join(c["text"] for c in row.version.data["choices"] if c["correct"]),
                "yes" if row.response.correct else "no",
                row.response.answered_at.isoformat(timespec="seconds"),
            ]
        )
    return _csv_response(export.to_csv(header, body), f"responses-class-{classroom.id}.csv")
