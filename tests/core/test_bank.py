"""The bank validator: every kind of mistake is named with its line and column."""

from pathlib import Path

import pytest

from quizapp.core.bank import Question, parse_bank, validate_paths
from quizapp.core.library import load_library
from tests.support import DATA, PROJECT

ARTICLE = "radio-times-2019-04-10"


@pytest.fixture(scope="module")
def texts():
    return load_library(PROJECT / "seeds").texts()


VALID = """\
id: sample
title: Sample bank
articles:
  - radio-times-2019-04-10
questions:
  - id: q1
    type: single_choice
    skill: cause
    status: approved
    prompt: What does Lanfear blame?
    choices:
      - text: Climate change
        correct: true
      - text: Polar bears
    explanation: She says so.
    evidence:
      - article: radio-times-2019-04-10
        quote: "It's the sad reality of climate change,"
"""


def problems(text: str, texts) -> list[tuple[int, int, str]]:
    result = parse_bank(text, "questions/sample.yaml", texts)
    return [(p.line, p.column, p.message) for p in result.problems]


def test_valid_bank_has_no_problems_and_anchored_evidence(texts):
    result = parse_bank(VALID, "questions/sample.yaml", texts)
    assert result.ok, result.problems
    question = result.bank.questions[0]
    evidence = question.evidence[0]
    assert texts[ARTICLE][evidence.start : evidence.end] == evidence.quote
    assert question.correct_keys == {"a"}
    assert question.is_correct({"a"}) and not question.is_correct({"b"})
    assert not question.is_correct({"a", "b"})


def test_project_banks_all_validate(texts):
    results = validate_paths([PROJECT / "questions", DATA / "banks"], texts)
    assert results, "no banks found"
    for result in results:
        assert result.ok, "\n".join(map(str, result.problems))


def test_starter_bank_covers_every_skill_and_type(texts):
    path = PROJECT / "questions" / "walrus-cliffs.yaml"
    (result,) = validate_paths([path], texts)
    approved = result.bank.approved
    assert len(approved) >= 25
    assert {q.skill for q in approved} == {
        "attribution", "cause", "fact_vs_framing", "loaded_language", "source_comparison", "sourcing",
    }  # fmt: skip
    assert {q.type for q in approved} == {
        "single_choice", "multiple_choice", "true_false", "fact_or_framing",
    }  # fmt: skip
    framing_answers = {q.correct_keys for q in approved if q.type == "fact_or_framing"}
    assert frozenset({"fact"}) in framing_answers and frozenset({"framing"}) in framing_answers


def test_unknown_key_with_suggestion(texts):
    text = VALID.replace("    explanation:", "    explanaton:")
    found = problems(text, texts)
    assert (
        15,
        5,
        "unknown key 'explanaton' in question 'q1' (did you mean 'explanation'?)",
    ) in found
    assert any("missing 'explanation'" in message for _, _, message in found)


def test_missing_field(texts):
    text = VALID.replace("    skill: cause\n", "")
    assert problems(text, texts) == [(6, 5, "question 'q1' is missing 'skill'")]


def test_wrong_type_of_value(texts):
    text = VALID.replace("prompt: What does Lanfear blame?", "prompt:\n      - a list")
    assert problems(text, texts) == [(11, 7, "'prompt' should be text, not a list or block")]


def test_bad_enum_value(texts):
    text = VALID.replace("skill: cause", "skill: causes")
    ((line, column, message),) = problems(text, texts)
    assert (line, column) == (8, 12)
    assert message.startswith("'skill' is 'causes'; expected one of: attribution, cause")


def test_duplicate_question_id(texts):
    question = VALID.split("questions:\n", 1)[1]
    text = VALID + question
    assert problems(text, texts) == [(19, 9, "duplicate question id 'q1' (first used on line 6)")]


def test_choice_list_with_no_correct_answer(texts):
    text = VALID.replace("        correct: true\n", "")
    assert problems(text, texts) == [
        (12, 7, "choice list has no correct answer (mark one with 'correct: true')")
    ]


def test_single_choice_with_two_correct_answers(texts):
    text = VALID.replace(
        "      - text: Polar bears", "      - text: Polar bears\n        correct: true"
    )
    ((_, _, message),) = problems(text, texts)
    assert message.startswith("single_choice has 2 correct answers")


def test_article_that_does_not_exist(texts):
    text = VALID.replace("  - radio-times-2019-04-10\n", "  - radio-times-2019-04-11\n", 1)
    found = problems(text, texts)
    assert found[0][:2] == (4, 5)
    assert found[0][2].startswith(
        "article 'radio-times-2019-04-11' does not exist in the article library"
    )


def test_quote_not_found_suggests_the_closest_passage(texts):
    text = VALID.replace(
        "It's the sad reality of climate change,", "It is the sad reality of climate change"
    )
    ((line, column, message),) = problems(text, texts)
    assert (line, column) == (18, 16)
    assert message.startswith(
        f'quote not found in {ARTICLE}: "It is the sad reality of climate change"'
    )
    assert "closest passage:" in message and "sad reality of climate change" in message


def test_straight_quotes_for_curly_ones_are_explained(texts):
    text = VALID.replace(
        '"It\'s the sad reality of climate change,"',
        '"I\'m not a climate specialist"',
    )
    ((_, _, message),) = problems(text, texts)
    assert "other quotation marks or dashes" in message
    assert "I\u2019m not a climate specialist" in message


def test_broken_indentation_is_a_syntax_error_with_a_line(texts):
    text = VALID.replace("    prompt: What does", "   prompt: What does")
    ((line, _column, message),) = problems(text, texts)
    assert line == 10
    assert message.startswith("this line is indented differently")


def test_tab_character(texts):
    text = VALID.replace("    status: approved", "\tstatus: approved")
    ((line, _, message),) = problems(text, texts)
    assert line == 9 and "tab" in message


def test_unclosed_quote(texts):
    text = VALID.replace(
        'quote: "It\'s the sad reality of climate change,"', "quote: \"It's the sad"
    )
    ((line, _, message),) = problems(text, texts)
    assert line >= 18 and "never closed" in message


def test_yaml_is_loaded_safely(texts):
    text = "!!python/object/apply:os.system ['echo pwned']\n"
    found = problems(text, texts)
    assert found and found[0][0] == 1


def test_fact_or_framing_statement_must_be_quoted(texts):
    text = VALID.replace(
        "    type: single_choice",
        "    type: fact_or_framing\n    statement: Walruses fly.\n    answer: fact",
    )
    text = (
        text.split("    choices:")[0]
        + "    explanation: x\n    evidence:"
        + text.split("    evidence:")[1]
    )
    found = problems(text, texts)
    assert any(
        message == "the statement must be one of the evidence quotes" for _, _, message in found
    )


def test_true_false_answer_must_be_boolean(texts):
    text = VALID.replace("    type: single_choice", "    type: true_false\n    answer: maybe")
    text = (
        text.split("    choices:")[0]
        + "    explanation: x\n    evidence:"
        + text.split("    evidence:")[1]
    )
    found = problems(text, texts)
    assert (8, 13, "'answer' is 'maybe'; expected one of: true, false") in found


def test_two_files_with_one_bank_id(tmp_path: Path, texts):
    for name in ("a.yaml", "b.yaml"):
        (tmp_path / name).write_text(VALID)
    first, second = validate_paths([tmp_path], texts)
    assert first.ok
    assert not second.ok and "already used by" in second.problems[0].message


def test_content_hash_changes_with_what_students_see(texts):
    question = parse_bank(VALID, "s.yaml", texts).bank.questions[0]
    same = Question.from_data(question.to_data())
    assert same.content_hash == question.content_hash
    same.status = "retired"
    assert same.content_hash == question.content_hash
    same.prompt = "Another prompt"
    assert same.content_hash != question.content_hash


def test_tags_must_be_a_list(texts):
    text = VALID.replace("    status: approved", "    status: approved\n    tags: lanfear")
    assert problems(text, texts) == [
        (10, 11, "'tags' must be a list, e.g. tags: [walrus, netflix]")
    ]


def test_quote_may_not_cross_paragraphs(texts):
    text = VALID.replace(
        'quote: "It\'s the sad reality of climate change,"',
        "quote: |-\n          It's just so heartbreaking.\"\n\n          Watch the Our Planet video below.",
    )
    ((_, _, message),) = problems(text, texts)
    assert message == "a quote must stay within one paragraph (it contains a line break)"


def test_question_level_feedback_on_choice_questions_is_refused(texts):
    text = VALID.replace(
        "    explanation: She says so.", "    feedback: Nice.\n    explanation: She says so."
    )
    assert problems(text, texts) == [
        (15, 5, "single_choice takes 'feedback:' on each choice, not on the question")
    ]
