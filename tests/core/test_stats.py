"""Gradebook statistics, checked against numbers worked out by hand."""

import pytest

from quizapp.core.stats import (
    AnswerRecord,
    Bin,
    Score,
    assignment_scores,
    attempt_scores,
    best_attempts,
    class_discernment,
    class_skill_mastery,
    discernment,
    gains,
    question_statistics,
    score_distribution,
    skill_mastery,
    student_scores,
)


def answer(
    student: int,
    question: int,
    correct: bool,
    *,
    skill: str = "attribution",
    kind: str = "single_choice",
    selected: set[str] | None = None,
    correct_keys: set[str] | None = None,
    assignment: int = 1,
    attempt: int = 0,
) -> AnswerRecord:
    keys = frozenset(correct_keys or {"a"})
    if selected is None:
        selected = set(keys) if correct else {"b"}
    return AnswerRecord(
        student_id=student,
        assignment_id=assignment,
        question_id=question,
        skill=skill,
        question_type=kind,
        selected=frozenset(selected),
        correct_keys=keys,
        correct=correct,
        attempt_id=attempt,
    )


# Ten students, six questions.  Totals: s1 6, s2 5, s3 5, s4 4, s5 3, s6 3, s7 2, s8 1,
# s9 1, s10 1, so 27% of 10 rounds to 3: upper group {1, 2, 3}, lower group {8, 9, 10}.
RIGHT = {
    1: {1, 2, 3, 4, 5, 6, 7, 8},
    2: {1, 2, 3, 4, 5, 6, 7, 9},
    3: {1, 2, 3, 4, 5},
    4: {1, 2, 3, 4},
    5: {1, 2, 3, 6},
    6: {1, 10},  # as many strong as weak students get it right: no discrimination
}
MULTIPLE_WRONG = {4: {"a", "c"}, 5: {"a"}, 7: {"b", "c", "d"}, 8: {"a"}, 9: {"a"}, 10: {"a"}}


@pytest.fixture
def class_of_ten() -> list[AnswerRecord]:
    records = []
    for question, right in RIGHT.items():
        for student in range(1, 11):
            correct = student in right
            if question == 1 and not correct:
                records.append(answer(student, 1, False, selected={"b" if student == 9 else "c"}))
            elif question == 5:
                selected = {"a", "b"} if correct else MULTIPLE_WRONG[student]
                records.append(
                    answer(
                        student,
                        5,
                        correct,
                        kind="multiple_choice",
                        selected=selected,
                        correct_keys={"a", "b"},
                        skill="cause",
                    )
                )
            else:
                records.append(answer(student, question, correct))
    # Question 7 was only answered by three students: too few to judge discrimination.
    records += [answer(s, 7, True) for s in (1, 2, 3)]
    return records


def by_id(stats):
    return {s.question_id: s for s in stats}


def test_facility_is_the_share_of_correct_answers(class_of_ten):
    stats = by_id(question_statistics(class_of_ten))
    assert list(stats) == [1, 2, 3, 4, 5, 6, 7]
    assert [stats[q].facility for q in range(1, 8)] == [0.8, 0.8, 0.5, 0.4, 0.4, 0.2, 1.0]
    assert stats[1].n == 10 and stats[1].correct == 8 and stats[1].students == 10
    assert stats[7].n == 3


def test_discrimination_compares_the_top_and_bottom_27_percent(class_of_ten):
    stats = by_id(question_statistics(class_of_ten))
    # q1: upper 3/3 right, lower only s8 right -> 1 - 1/3.
    assert stats[1].discrimination == pytest.approx(2 / 3)
    # q2: upper 3/3, lower only s9 right.
    assert stats[2].discrimination == pytest.approx(2 / 3)
    assert stats[3].discrimination == 1.0
    assert stats[4].discrimination == 1.0
    assert stats[5].discrimination == 1.0
    # q6: s1 of the upper group and s10 of the lower group: 1/3 - 1/3.
    assert stats[6].discrimination == 0.0
    assert stats[7].discrimination is None


def test_low_discrimination_is_flagged_for_review(class_of_ten):
    stats = by_id(question_statistics(class_of_ten))
    assert [q for q, s in stats.items() if s.flag_low_discrimination] == [6]
    assert stats[7].flag_low_discrimination is False  # too few students to say


def test_choice_counts_show_which_distractors_were_picked(class_of_ten):
    stats = by_id(question_statistics(class_of_ten))
    assert stats[1].choice_counts == {"a": 8, "b": 1, "c": 1}
    assert stats[1].distractors() == {"b": 1, "c": 1}
    # Multiple choice: every selected key counts.
    assert stats[5].choice_counts == {"a": 9, "b": 5, "c": 2, "d": 1}
    assert stats[5].correct_keys == frozenset({"a", "b"})
    assert stats[5].distractors() == {"c": 2, "d": 1}
    assert stats[5].question_type == "multiple_choice" and stats[5].skill == "cause"


def test_point_biserial_on_a_small_class():
    # Totals: s1 1.0, s2 0.5, s3 0, s4 0.  Item 1 = [1, 1, 0, 0].
    records = [
        answer(1, 1, True),
        answer(1, 2, True),
        answer(2, 1, True),
        answer(2, 2, False),
        answer(3, 1, False),
        answer(3, 2, False),
        answer(4, 1, False),
        answer(4, 2, False),
    ]
    stats = by_id(question_statistics(records))
    assert stats[1].point_biserial == pytest.approx(0.75 / 0.6875**0.5)
    assert stats[1].discrimination == 1.0  # groups of one: s1 against s4
    # Nobody got question 2 right except the best student: still defined.
    assert stats[2].point_biserial is not None
    assert -1 <= stats[2].point_biserial <= 1


def test_point_biserial_is_none_when_everyone_agrees():
    records = [answer(s, 1, True) for s in range(1, 6)]
    [stats] = question_statistics(records)
    assert stats.point_biserial is None
    assert stats.discrimination == 0.0


def test_statistics_of_no_answers_are_empty():
    assert question_statistics([]) == []
    assert skill_mastery([]) == {}
    assert class_skill_mastery([]) == {}
    assert discernment([]) == {}
    assert assignment_scores([]) == {}


def test_skill_mastery_per_student_and_for_the_class():
    records = [
        answer(1, 1, True),
        answer(1, 2, True),
        answer(1, 3, False),
        answer(1, 4, True, skill="cause"),
        answer(2, 1, False),
    ]
    mastery = skill_mastery(records)
    assert mastery == {
        1: {"attribution": Score(2, 3), "cause": Score(1, 1)},
        2: {"attribution": Score(0, 1)},
    }
    assert mastery[1]["attribution"].percent == pytest.approx(200 / 3)
    whole_class = class_skill_mastery(records)
    assert whole_class == {"attribution": Score(2, 4), "cause": Score(1, 1)}
    assert whole_class["attribution"].percent == 50.0


def fof(student: int, question: int, truth: str, said: str) -> AnswerRecord:
    return answer(
        student,
        question,
        truth == said,
        kind="fact_or_framing",
        skill="fact_vs_framing",
        selected={said},
        correct_keys={truth},
    )


TRUTHS = {1: "framing", 2: "framing", 3: "framing", 4: "fact", 5: "fact", 6: "attributed"}


@pytest.fixture
def framing_answers() -> list[AnswerRecord]:
    records = [fof(1, q, truth, "framing") for q, truth in TRUTHS.items()]
    records += [fof(2, q, truth, truth) for q, truth in TRUTHS.items()]
    third = ["framing", "fact", "attributed", "framing", "fact", "framing"]
    records += [fof(3, q, TRUTHS[q], said) for q, said in zip(TRUTHS, third, strict=True)]
    records += [fof(4, 4, "fact", "fact"), fof(4, 5, "fact", "fact")]
    records.append(answer(5, 9, True))  # not a fact_or_framing question
    return records


def test_calling_everything_framing_earns_no_discernment(framing_answers):
    student = discernment(framing_answers)[1]
    assert student.hit_rate == 1.0
    assert student.false_alarm_rate == 1.0
    assert student.discernment == 0.0


def test_discernment_per_student(framing_answers):
    result = discernment(framing_answers)
    assert list(result) == [1, 2, 3, 4]  # student 5 answered no fact_or_framing question
    assert result[2].discernment == 1.0
    assert (result[3].hits, result[3].framing_items) == (1, 3)
    assert (result[3].false_alarms, result[3].fact_items) == (1, 2)
    assert result[3].discernment == pytest.approx(1 / 3 - 1 / 2)
    # Only fact statements: no hit rate, so no discernment.
    assert result[4].hit_rate is None
    assert result[4].false_alarm_rate == 0.0
    assert result[4].discernment is None


def test_class_discernment_pools_every_answer(framing_answers):
    pooled = class_discernment(framing_answers)
    assert (pooled.hits, pooled.framing_items) == (7, 9)
    assert (pooled.false_alarms, pooled.fact_items) == (3, 8)
    assert pooled.discernment == pytest.approx(7 / 9 - 3 / 8)


def test_gains_per_student_skill_and_class():
    pre = [
        *[answer(1, q, q == 1) for q in range(1, 5)],  # s1 attribution 1/4
        *[answer(1, q, True, skill="cause") for q in (5, 6)],  # s1 cause 2/2
        *[answer(2, q, q <= 2) for q in range(1, 5)],  # s2 attribution 2/4
        *[answer(3, q, False) for q in (1, 2)],  # s3 missed the post-test
    ]
    post = [
        *[answer(1, q, q != 14) for q in range(11, 15)],  # s1 attribution 3/4
        *[answer(1, q, q == 15, skill="cause") for q in (15, 16)],  # s1 cause 1/2
        *[answer(2, q, True) for q in range(11, 15)],  # s2 attribution 4/4
        answer(2, 15, True, skill="cause"),  # s2 cause: no pre-test answer
        answer(4, 11, True),  # s4 missed the pre-test
    ]
    report = gains(pre, post)

    assert list(report.by_student) == [1, 2]
    s1 = report.by_student[1]
    assert (s1["attribution"].pre, s1["attribution"].post) == (25.0, 75.0)
    assert s1["attribution"].gain == 50.0
    assert s1["attribution"].normalised_gain == pytest.approx(2 / 3)
    assert s1["cause"].gain == -50.0
    assert s1["cause"].normalised_gain is None  # pre-test was already 100%
    assert list(report.by_student[2]) == ["attribution"]
    assert report.by_student[2]["attribution"].normalised_gain == 1.0

    attribution = report.by_skill["attribution"]
    assert (attribution.pre, attribution.post, attribution.students) == (37.5, 87.5, 2)
    assert attribution.gain == 50.0
    assert attribution.normalised_gain == pytest.approx(0.8)  # 50 / (100 - 37.5)
    assert report.by_skill["cause"].students == 1

    assert list(report.overall_by_student) == [1, 2]
    assert report.overall_by_student[1].pre == 50.0
    assert report.overall_by_student[1].post == pytest.approx(400 / 6)
    assert report.overall is not None
    assert report.overall.pre == 50.0
    assert report.overall.post == pytest.approx(250 / 3)
    assert report.overall.normalised_gain == pytest.approx(2 / 3)


def test_gains_without_common_students():
    report = gains([answer(1, 1, True)], [answer(2, 1, True)])
    assert report.by_student == {} and report.by_skill == {} and report.overall is None


def test_the_best_attempt_counts():
    records = [
        # Student 1: attempts 1/2, 2/2, 1/2 -> attempt 2.
        answer(1, 1, True, attempt=1),
        answer(1, 2, False, attempt=1),
        answer(1, 1, True, attempt=2),
        answer(1, 2, True, attempt=2),
        answer(1, 1, False, attempt=3),
        answer(1, 2, True, attempt=3),
        # Student 2: 1/2 then 2/4, the same share -> the later attempt.
        answer(2, 1, True, attempt=4),
        answer(2, 2, False, attempt=4),
        answer(2, 1, True, attempt=7),
        answer(2, 2, False, attempt=7),
        answer(2, 3, True, attempt=7),
        answer(2, 4, False, attempt=7),
        # Student 1 on another assignment.
        answer(1, 1, False, assignment=2, attempt=9),
    ]
    scores = assignment_scores(records)
    assert scores == {(1, 1): Score(2, 2), (1, 2): Score(0, 1), (2, 1): Score(2, 4)}
    assert scores[(2, 1)].percent == 50.0
    assert student_scores(records) == scores
    assert {a.attempt_id for a in best_attempts(records)} == {2, 7, 9}
    assert len(best_attempts(records)) == 2 + 4 + 1
    assert attempt_scores(records)[(1, 1, 3)] == Score(1, 2)


def test_best_attempts_keep_statistics_from_double_counting():
    records = [answer(1, 1, False, attempt=1), answer(1, 1, True, attempt=2)]
    [stats] = question_statistics(best_attempts(records))
    assert (stats.n, stats.correct) == (1, 1)


def test_score_distribution_puts_100_in_the_last_bin():
    result = score_distribution([0, 9.99, 10, 55, 99, 100, 100])
    assert [b.count for b in result] == [2, 1, 0, 0, 0, 1, 0, 0, 0, 3]
    assert result[0] == Bin(0, 10, 2)
    assert result[-1].label == "90–100"
    assert sum(b.count for b in score_distribution([])) == 0


def test_score_distribution_with_uneven_bins():
    result = score_distribution([33.4, 66.6, 66.7, 100], bins=3)
    assert [b.count for b in result] == [0, 2, 2]
    assert [b.low for b in result] == [0, pytest.approx(100 / 3), pytest.approx(200 / 3)]
    assert result[-1].high == 100


@pytest.mark.parametrize("scores, bins", [([101], 10), ([-1], 10), ([50], 0)])
def test_score_distribution_refuses_nonsense(scores, bins):
    with pytest.raises(ValueError):
        score_distribution(scores, bins)


def test_a_discrimination_of_exactly_the_threshold_is_not_flagged():
    # 19 students, groups of 5.  Question 0: the top five all right, the bottom five 4 of 5
    # right, so D = 1.0 - 0.8, which is 0.19999... in binary but 0.20 as shown to teachers.
    def answer(student: int, question: int, correct: bool) -> AnswerRecord:
        return AnswerRecord(
            student_id=student, assignment_id=1, question_id=question, skill="cause",
            question_type="single_choice", selected=frozenset("a"),
            correct_keys=frozenset("a"), correct=correct,
        )  # fmt: skip

    answers = [answer(student, 0, student != 0) for student in range(19)]
    answers += [answer(s, q, q <= s) for s in range(19) for q in range(1, 19)]
    (first,) = [s for s in question_statistics(answers) if s.question_id == 0]
    assert first.discrimination == pytest.approx(0.2)
    assert first.discrimination < 0.2  # the floating-point trap this guards against
    assert not first.flag_low_discrimination
