"""Gradebook statistics computed from stored answers: pure Python, no database.

Every function takes plain ``AnswerRecord`` values, so the gradebook views only load
rows and call these; the arithmetic is tested here on small hand-made classes.

Functions that pool answers (``question_statistics``, ``skill_mastery``, ``discernment``)
count every record they are given.  When students may retry an assignment, pass
``best_attempts(answers)`` so each student counts once per assignment.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction

FACT_OR_FRAMING = "fact_or_framing"  # the same value as quizapp.core.bank.FACT_OR_FRAMING
UPPER_LOWER_SHARE = 0.27  # Kelley's 27%: the classical upper and lower groups
MIN_STUDENTS_FOR_DISCRIMINATION = 4
LOW_DISCRIMINATION = 0.2  # below this a question separates strong and weak students poorly


@dataclass(frozen=True)
class AnswerRecord:
    """One stored answer: who answered which question, what they picked, and whether it was right."""

    student_id: int
    assignment_id: int
    question_id: int
    skill: str
    question_type: str
    selected: frozenset[str]
    correct_keys: frozenset[str]
    correct: bool
    attempt_id: int = 0


@dataclass(frozen=True)
class Score:
    """Correct answers out of answers given; ``percent`` is 0 when nothing was answered."""

    correct: int
    total: int

    @property
    def percent(self) -> float:
        return 100 * self.correct / self.total if self.total else 0.0

    @property
    def fraction(self) -> Fraction:
        """Exact, for comparing attempts without floating-point ties going astray."""
        return Fraction(self.correct, self.total) if self.total else Fraction(0)


SkillScore = Score


@dataclass(frozen=True)
class QuestionStats:
    """Item analysis for one question, as a teacher reviewing the bank needs it."""

    question_id: int
    skill: str
    question_type: str
    n: int  # answers counted
    students: int  # distinct students who answered
    correct: int
    facility: float  # share of answers that were correct, 0..1
    discrimination: float | None  # p_upper - p_lower, -1..1; None below 4 students
    point_biserial: float | None  # item-total correlation, -1..1; None when undefined
    choice_counts: dict[str, int]  # how often each choice key was picked
    correct_keys: frozenset[str]
    flag_low_discrimination: bool

    def distractors(self) -> dict[str, int]:
        """Picks of the wrong choices only: a distractor nobody picks is doing no work."""
        return {k: v for k, v in self.choice_counts.items() if k not in self.correct_keys}


@dataclass(frozen=True)
class Discernment:
    """How well framing is told apart from fact: hit rate minus false-alarm rate.

    Hit rate: share of framing statements classed as framing.  False-alarm rate: share of
    fact statements wrongly classed as framing.  Calling everything framing gives 1 - 1 = 0,
    not full marks.  Statements whose answer is "attributed" count in neither rate.
    """

    framing_items: int
    hits: int
    fact_items: int
    false_alarms: int

    @property
    def hit_rate(self) -> float | None:
        return self.hits / self.framing_items if self.framing_items else None

    @property
    def false_alarm_rate(self) -> float | None:
        return self.false_alarms / self.fact_items if self.fact_items else None

    @property
    def discernment(self) -> float | None:
        hit, false_alarm = self.hit_rate, self.false_alarm_rate
        if hit is None or false_alarm is None:
            return None
        return hit - false_alarm


@dataclass(frozen=True)
class Gain:
    """Pre- and post-test percent for one student (``students == 1``) or a class mean.

    ``normalised_gain`` is Hake's g = (post - pre) / (100 - pre): the share of the possible
    improvement that was achieved; None when pre is already 100.  For a class it is computed
    from the class means, as Hake defined it.
    """

    pre: float
    post: float
    students: int = 1

    @property
    def gain(self) -> float:
        return self.post - self.pre

    @property
    def normalised_gain(self) -> float | None:
        if self.pre >= 100 - 1e-9:
            return None
        return (self.post - self.pre) / (100 - self.pre)


@dataclass(frozen=True)
class GainReport:
    """Gains for the students who took both tests (per skill: who answered that skill in both)."""

    by_student: dict[int, dict[str, Gain]]
    overall_by_student: dict[int, Gain]
    by_skill: dict[str, Gain]  # class means per skill
    overall: Gain | None  # class mean over all skills; None when nobody took both


@dataclass(frozen=True)
class Bin:
    """A histogram bin: ``low <= score < high``, the last bin also includes ``high``."""

    low: float
    high: float
    count: int

    @property
    def label(self) -> str:
        return f"{self.low:g}–{self.high:g}"


def _score(answers: Iterable[AnswerRecord]) -> Score:
    correct = total = 0
    for answer in answers:
        total += 1
        correct += answer.correct
    return Score(correct, total)


def attempt_scores(answers: Iterable[AnswerRecord]) -> dict[tuple[int, int, int], Score]:
    """Score per (student_id, assignment_id, attempt_id)."""
    grouped: dict[tuple[int, int, int], list[AnswerRecord]] = defaultdict(list)
    for answer in answers:
        grouped[(answer.student_id, answer.assignment_id, answer.attempt_id)].append(answer)
    return {key: _score(grouped[key]) for key in sorted(grouped)}


def _best_attempt_ids(answers: Sequence[AnswerRecord]) -> dict[tuple[int, int], int]:
    """Each student's best attempt per assignment; a tie goes to the latest attempt."""
    best: dict[tuple[int, int], tuple[Fraction, int]] = {}
    for (student_id, assignment_id, attempt_id), score in attempt_scores(answers).items():
        candidate = (score.fraction, attempt_id)
        key = (student_id, assignment_id)
        if key not in best or candidate > best[key]:
            best[key] = candidate
    return {key: attempt_id for key, (_, attempt_id) in best.items()}


def best_attempts(answers: Iterable[AnswerRecord]) -> list[AnswerRecord]:
    """Only the answers from each student's best attempt at each assignment.

    A retry should not count twice in item or skill statistics, and the grade is the best
    attempt's; ties go to the latest attempt because it reflects what the student knows now.
    """
    answers = list(answers)
    best = _best_attempt_ids(answers)
    return [a for a in answers if best[(a.student_id, a.assignment_id)] == a.attempt_id]


def assignment_scores(answers: Iterable[AnswerRecord]) -> dict[tuple[int, int], Score]:
    """Score per (student_id, assignment_id), taken from the student's best attempt."""
    answers = list(answers)
    best = _best_attempt_ids(answers)
    scores = attempt_scores(answers)
    return {
        (student_id, assignment_id): scores[(student_id, assignment_id, attempt_id)]
        for (student_id, assignment_id), attempt_id in sorted(best.items())
    }


student_scores = assignment_scores  # the gradebook's name for the same thing


def _mean(values: Sequence[float]) -> float:
    return math.fsum(values) / len(values)


def _pearson(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Correlation of two equal-length series; None when either does not vary."""
    mean_x, mean_y = _mean(xs), _mean(ys)
    sxy = math.fsum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    sxx = math.fsum((x - mean_x) ** 2 for x in xs)
    syy = math.fsum((y - mean_y) ** 2 for y in ys)
    if sxx <= 1e-12 or syy <= 1e-12:
        return None
    return sxy / math.sqrt(sxx * syy)


def _group_size(students: int) -> int:
    """27% of the students, rounded half up, at least one."""
    return max(1, math.floor(students * UPPER_LOWER_SHARE + 0.5))


def question_statistics(answers: Iterable[AnswerRecord]) -> list[QuestionStats]:
    """Item analysis per question, ordered by question id.

    Facility says how hard a question was; discrimination says whether the students who
    did well overall got it right more often than those who did badly.  Students are
    ranked by their proportion correct over all answers given (ties broken by student id,
    so results are repeatable); the top and bottom 27% of those who answered the question
    form the upper and lower groups.  A question with D < 0.2 is flagged for review.
    """
    answers = list(answers)
    overall = {
        student_id: score.fraction for student_id, score in _scores_by_student(answers).items()
    }
    by_question: dict[int, list[AnswerRecord]] = defaultdict(list)
    for answer in answers:
        by_question[answer.question_id].append(answer)

    results = []
    for question_id in sorted(by_question):
        records = by_question[question_id]
        item_score = {
            student_id: float(score.fraction)
            for student_id, score in _scores_by_student(records).items()
        }
        discrimination = point_biserial = None
        if len(item_score) >= MIN_STUDENTS_FOR_DISCRIMINATION:
            ranked = sorted(item_score, key=lambda s: (-overall[s], s))
            size = _group_size(len(ranked))
            p_upper = _mean([item_score[s] for s in ranked[:size]])
            p_lower = _mean([item_score[s] for s in ranked[-size:]])
            discrimination = p_upper - p_lower
            students = sorted(item_score)
            point_biserial = _pearson(
                [item_score[s] for s in students], [float(overall[s]) for s in students]
            )
        choice_counts: dict[str, int] = defaultdict(int)
        for record in records:
            for key in record.selected:
                choice_counts[key] += 1
        correct = sum(r.correct for r in records)
        first = records[0]
        results.append(
            QuestionStats(
                question_id=question_id,
                skill=first.skill,
                question_type=first.question_type,
                n=len(records),
                students=len(item_score),
                correct=correct,
                facility=correct / len(records),
                discrimination=discrimination,
                point_biserial=point_biserial,
                choice_counts=dict(sorted(choice_counts.items())),
                correct_keys=first.correct_keys,
                # Rounded as shown to teachers: 1.0 - 0.8 must not count as below 0.2.
                flag_low_discrimination=discrimination is not None
                and round(discrimination, 2) < LOW_DISCRIMINATION,
            )
        )
    return results


def _scores_by_student(answers: Iterable[AnswerRecord]) -> dict[int, Score]:
    grouped: dict[int, list[AnswerRecord]] = defaultdict(list)
    for answer in answers:
        grouped[answer.student_id].append(answer)
    return {student_id: _score(grouped[student_id]) for student_id in sorted(grouped)}


def skill_mastery(answers: Iterable[AnswerRecord]) -> dict[int, dict[str, Score]]:
    """Per student, per skill: correct out of answered, so a teacher sees what to reteach."""
    grouped: dict[int, dict[str, list[AnswerRecord]]] = defaultdict(lambda: defaultdict(list))
    for answer in answers:
        grouped[answer.student_id][answer.skill].append(answer)
    return {
        student_id: {skill: _score(grouped[student_id][skill]) for skill in sorted(by_skill)}
        for student_id, by_skill in sorted(grouped.items())
    }


def class_skill_mastery(answers: Iterable[AnswerRecord]) -> dict[str, Score]:
    """Per skill over the whole class, every answer weighing the same."""
    grouped: dict[str, list[AnswerRecord]] = defaultdict(list)
    for answer in answers:
        grouped[answer.skill].append(answer)
    return {skill: _score(grouped[skill]) for skill in sorted(grouped)}


def _discernment_of(answers: Iterable[AnswerRecord]) -> Discernment:
    framing_items = hits = fact_items = false_alarms = 0
    for answer in answers:
        if answer.question_type != FACT_OR_FRAMING:
            continue
        said_framing = "framing" in answer.selected
        if "framing" in answer.correct_keys:
            framing_items += 1
            hits += said_framing
        elif "fact" in answer.correct_keys:
            fact_items += 1
            false_alarms += said_framing
    return Discernment(framing_items, hits, fact_items, false_alarms)


def discernment(answers: Iterable[AnswerRecord]) -> dict[int, Discernment]:
    """Per student, from fact_or_framing answers only; students without any are left out.

    Plain accuracy rewards a student who calls everything "framing" whenever framing
    items are common; hit rate minus false-alarm rate does not.
    """
    grouped: dict[int, list[AnswerRecord]] = defaultdict(list)
    for answer in answers:
        if answer.question_type == FACT_OR_FRAMING:
            grouped[answer.student_id].append(answer)
    return {student_id: _discernment_of(grouped[student_id]) for student_id in sorted(grouped)}


def class_discernment(answers: Iterable[AnswerRecord]) -> Discernment:
    """The class's pooled discernment: every fact_or_framing answer weighs the same."""
    return _discernment_of(answers)


def gains(pre: Iterable[AnswerRecord], post: Iterable[AnswerRecord]) -> GainReport:
    """Pre/post-test improvement per student and skill, and the class means.

    Only students who answered a skill in both tests count for that skill, and only
    students who took both tests count overall, so absentees do not skew the mean.
    """
    pre, post = list(pre), list(post)
    pre_skills, post_skills = skill_mastery(pre), skill_mastery(post)
    by_student: dict[int, dict[str, Gain]] = {}
    per_skill: dict[str, list[Gain]] = defaultdict(list)
    for student_id in sorted(pre_skills.keys() & post_skills.keys()):
        before, after = pre_skills[student_id], post_skills[student_id]
        student_gains = {
            skill: Gain(before[skill].percent, after[skill].percent)
            for skill in sorted(before.keys() & after.keys())
        }
        if student_gains:
            by_student[student_id] = student_gains
        for skill, gain in student_gains.items():
            per_skill[skill].append(gain)

    pre_total, post_total = _scores_by_student(pre), _scores_by_student(post)
    overall_by_student = {
        student_id: Gain(pre_total[student_id].percent, post_total[student_id].percent)
        for student_id in sorted(pre_total.keys() & post_total.keys())
    }
    return GainReport(
        by_student=by_student,
        overall_by_student=overall_by_student,
        by_skill={skill: _class_gain(per_skill[skill]) for skill in sorted(per_skill)},
        overall=_class_gain(list(overall_by_student.values())) if overall_by_student else None,
    )


def _class_gain(student_gains: Sequence[Gain]) -> Gain:
    return Gain(
        pre=_mean([g.pre for g in student_gains]),
        post=_mean([g.post for g in student_gains]),
        students=len(student_gains),
    )


def score_distribution(scores: Iterable[float], bins: int = 10) -> list[Bin]:
    """Count percent scores in equal bins over 0–100; a score of 100 lands in the last bin."""
    if bins < 1:
        raise ValueError("bins must be at least 1")
    counts = [0] * bins
    for score in scores:
        if not 0 <= score <= 100:
            raise ValueError(f"score {score} is outside 0–100")
        counts[min(bins - 1, math.floor(score * bins / 100))] += 1
    width = 100 / bins
    return [
        Bin(low=round(i * width, 6), high=round((i + 1) * width, 6), count=count)
        for i, count in enumerate(counts)
    ]
