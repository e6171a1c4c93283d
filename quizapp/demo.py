"""Demo data: a teacher, a class and simulated students whose answers fill the gradebook.

Answers are simulated with a simple item-response model (each student an ability, each
question a difficulty) so that the statistics look like a real class's: strong students
do better on most questions, a few questions discriminate poorly, a few students call
everything "framing".
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from quizapp.attempts import record_answer, start_or_resume
from quizapp.models import (
    Assignment,
    Attempt,
    BankRecord,
    Classroom,
    QuestionRecord,
    QuestionVersion,
    User,
)
from quizapp.models.assignments import FEEDBACK_ATTEMPT, FEEDBACK_EACH
from quizapp.models.people import STUDENT, TEACHER, name_key, utcnow

DEMO_TEACHER_EMAIL = "demo.teacher@example.org"
DEMO_TEACHER_PASSWORD = "walrus-cliffs-demo"
DEMO_CLASS_NAME = "Year 9 Media Literacy (demo)"
DEMO_JOIN_CODE = "WLRS24"
DEMO_STUDENT_PASSWORD = "practice"
DEMO_BANK = "walrus-cliffs"
STUDENT_NAMES = [
    "Amara O.", "Ben K.", "Chloé D.", "Dmitri P.", "Ella M.", "Farah S.", "George T.",
    "Hana Y.", "Isaac R.", "Jade L.", "Kwame A.", "Lena W.", "Mateo G.", "Nia B.",
    "Oscar F.", "Priya N.", "Quinn H.", "Rosa V.", "Sami E.", "Tess C.",
]  # fmt: skip


@dataclass(frozen=True)
class DemoSummary:
    created: bool
    students: int
    answers: int


def create_demo(session: Session, seed: int = 2019) -> DemoSummary:
    """Create the demo teacher, class, assignments and answers once; later calls do nothing."""
    existing = session.scalar(select(User).where(User.email == DEMO_TEACHER_EMAIL))
    if existing is not None:
        return DemoSummary(False, 0, 0)
    bank = session.get(BankRecord, DEMO_BANK)
    if bank is None:
        raise RuntimeError(f"the demo needs the '{DEMO_BANK}' bank: run 'flask --app quizapp seed'")
    rng = random.Random(seed)
    teacher = User(
        role=TEACHER, email=DEMO_TEACHER_EMAIL, display_name="Demo Teacher", name_key="demo"
    )
    teacher.set_password(DEMO_TEACHER_PASSWORD)
    session.add(teacher)
    session.flush()
    classroom = Classroom(teacher_id=teacher.id, name=DEMO_CLASS_NAME, join_code=DEMO_JOIN_CODE)
    session.add(classroom)
    session.flush()

    keys = list(
        session.scalars(
            select(QuestionRecord.key)
            .where(QuestionRecord.bank_id == bank.id, QuestionRecord.status == "approved")
            .order_by(QuestionRecord.position)
        )
    )
    test_keys = keys[::3]
    past = utcnow() - timedelta(days=14)
    pre = Assignment(classroom_id=classroom.id, bank_id=bank.id, title="Walrus cliffs: pre-test",
                     question_keys=test_keys, phase="pre", feedback_timing=FEEDBACK_ATTEMPT,
                     opens_at=past, closes_at=past + timedelta(days=2))  # fmt: skip
    session.add(pre)
    session.flush()
    full = Assignment(classroom_id=classroom.id, bank_id=bank.id, title="Walrus cliffs: full quiz",
                      question_keys=keys, attempts_allowed=2, shuffle=True, feedback_timing=FEEDBACK_EACH,
                      opens_at=past + timedelta(days=3))  # fmt: skip
    post = Assignment(classroom_id=classroom.id, bank_id=bank.id, title="Walrus cliffs: post-test",
                      question_keys=test_keys, phase="post", pretest_id=pre.id,
                      feedback_timing=FEEDBACK_ATTEMPT, opens_at=past + timedelta(days=10))  # fmt: skip
    session.add_all([full, post])
    session.flush()

    students = []
    password_hash = None
    for name in STUDENT_NAMES:
        student = User(
            role=STUDENT, display_name=name, name_key=name_key(name), classroom_id=classroom.id
        )
        if password_hash is None:
            student.set_password(DEMO_STUDENT_PASSWORD)
            password_hash = student.password_hash
        student.password_hash = password_hash
        students.append(student)
    session.add_all(students)
    session.flush()

    difficulty = {key: rng.gauss(0, 1) for key in keys}
    answers = 0
    for index, student in enumerate(students):
        ability = rng.gauss(0, 1)
        calls_everything_framing = index % 7 == 3
        plan = [(pre, ability, 1), (full, ability + 0.3, 2 if index % 3 == 0 else 1)]
        if index != len(students) - 1:  # one student has not taken the post-test yet
            plan.append((post, ability + 0.8, 1))
        for assignment, skill_level, attempts in plan:
            for number in range(attempts):
                answers += _simulate_attempt(
                    session, assignment, student, skill_level + 0.4 * number, difficulty, rng,
                    calls_everything_framing, finish=not (assignment is full and index == 5),
                )  # fmt: skip
    return DemoSummary(True, len(students), answers)


def _simulate_attempt(
    session: Session,
    assignment: Assignment,
    student: User,
    ability: float,
    difficulty: dict[str, float],
    rng: random.Random,
    calls_everything_framing: bool,
    finish: bool,
) -> int:
    opens_at, closes_at = assignment.opens_at, assignment.closes_at
    assignment.opens_at, assignment.closes_at = None, None  # simulate answering while it was open
    attempt: Attempt = start_or_resume(session, assignment, student)
    count = 0
    for item in attempt.items:
        version = session.get(QuestionVersion, item["version_id"])
        assert version is not None
        choices = version.data["choices"]
        correct = [c["key"] for c in choices if c["correct"]]
        wrong = [c["key"] for c in choices if not c["correct"]]
        key = version.data["id"]
        if version.type == "fact_or_framing" and calls_everything_framing:
            selected = ["framing"]
        elif rng.random() < 1 / (1 + math.exp(-1.7 * (ability - difficulty[key]))):
            selected = correct
        else:
            selected = [rng.choice(wrong)] if wrong else correct[:1]
        record_answer(session, attempt, version, selected)
        count += 1
    if finish:
        attempt.finished_at = utcnow()
    assignment.opens_at, assignment.closes_at = opens_at, closes_at
    return count
