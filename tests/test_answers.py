"""Automatic grading of choice and numeric answers, and key-term spotting."""

from __future__ import annotations

import pytest

from interview_app.core.answers import (
    AnswerFormatError,
    check_choice,
    check_numeric,
    find_key_terms,
    parse_number,
)
from interview_app.core.bank.model import ChoiceQuestion, NumericQuestion
from interview_app.core.vocab import Difficulty, Kind, Outcome

COMMON = {"topic": "t", "difficulty": Difficulty.EASY, "tags": (), "prompt": "p", "answer": "a"}


def choice(correct: set[int], multiple: bool) -> ChoiceQuestion:
    return ChoiceQuestion(
        id="c",
        kind=Kind.CHOICE,
        options=("a", "b", "c", "d"),
        correct=frozenset(correct),
        multiple=multiple,
        **COMMON,
    )


def numeric(
    value: float, abs_tol: float | None = None, rel_tol: float | None = None, unit: str = ""
):
    return NumericQuestion(
        id="n",
        kind=Kind.NUMERIC,
        value=value,
        abs_tol=abs_tol,
        rel_tol=rel_tol,
        unit=unit,
        **COMMON,
    )


def test_single_choice() -> None:
    q = choice({2}, multiple=False)
    assert check_choice(q, [2]).outcome is Outcome.CORRECT
    assert check_choice(q, [1]).outcome is Outcome.INCORRECT
    with pytest.raises(AnswerFormatError):
        check_choice(q, [])
    with pytest.raises(AnswerFormatError):
        check_choice(q, [1, 2])
    with pytest.raises(AnswerFormatError):
        check_choice(q, [7])


def test_multiple_choice_partial_credit() -> None:
    q = choice({0, 2}, multiple=True)
    assert check_choice(q, [2, 0]).score == 1.0
    half = check_choice(q, [0])
    assert half.outcome is Outcome.PARTIAL and half.score == 0.5 and "1 missed" in half.message
    wrong = check_choice(q, [0, 1])
    assert wrong.outcome is Outcome.INCORRECT and wrong.score == 0.0
    assert (
        check_choice(q, [0, 1, 2, 3]).outcome is Outcome.INCORRECT
    )  # ticking all is not a strategy


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("0.125", 0.125),
        (" 1/8 ", 0.125),
        ("12.5%", 0.125),
        ("1.25e-1", 0.125),
        ("1.25E-1", 0.125),
        (".125", 0.125),
        ("−0.5", -0.5),
        ("1,024", 1024.0),
        ("+3", 3.0),
        ("-1/-4", 0.25),
    ],
)
def test_parse_number_accepts_common_forms(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    "text", ["", "abc", "1/0", "1e999", "nan", "inf", "2**10", "1/2/3", "0x10", "1" * 100]
)
def test_parse_number_rejects_garbage(text: str) -> None:
    with pytest.raises(AnswerFormatError):
        parse_number(text)


def test_unit_suffix_is_the_unit_not_a_percentage() -> None:
    assert parse_number("12%", unit="%") == 12.0
    assert parse_number("250 ms", unit="ms") == 250.0
    assert parse_number("250", unit="ms") == 250.0


def test_numeric_tolerances() -> None:
    absolute = numeric(0.125, abs_tol=0.001)
    assert check_numeric(absolute, "0.1255").outcome is Outcome.CORRECT
    assert check_numeric(absolute, "0.127").outcome is Outcome.INCORRECT
    relative = numeric(2000.0, rel_tol=0.01)
    assert check_numeric(relative, "2019").outcome is Outcome.CORRECT
    assert check_numeric(relative, "2021").outcome is Outcome.INCORRECT
    assert "outside the accepted range 2000 ± 1%" in check_numeric(relative, "3000").message
    either = numeric(0.0, abs_tol=0.01, rel_tol=0.5)
    assert check_numeric(either, "0.005").outcome is Outcome.CORRECT
    exact_edge = numeric(0.3, abs_tol=0.1)
    assert check_numeric(exact_edge, "0.2").outcome is Outcome.CORRECT  # float error at the edge


def test_key_terms_case_synonyms_plurals_and_word_boundaries() -> None:
    terms = ["regularisation|regularization", "weight decay", "L2 penalty", "bias"]
    text = "Regularization via weight-decay adds L2 penalties. Unbiased? No."
    found = {m.term: m.found for m in find_key_terms(text, terms)}
    assert found == {
        "regularisation": True,
        "weight decay": True,
        "L2 penalty": True,
        "bias": False,
    }


def test_key_term_spans_point_at_the_text() -> None:
    (match,) = find_key_terms("the variance and VARIANCE", ["variance"])
    assert match.spans == ((4, 12), (17, 25))


def test_multi_select_outcome_and_message_agree() -> None:
    """1 right, 1 wrong, 2 missed scores 0: the message must not call it partly right."""
    from interview_app.core.answers import OUTCOME_TITLES

    verdict = check_choice(choice({0, 1, 2}, multiple=True), [0, 3])
    assert verdict.outcome is Outcome.INCORRECT and verdict.score == 0.0
    assert verdict.message.startswith(OUTCOME_TITLES[Outcome.INCORRECT])
    assert "Partly" not in verdict.message
    partly = check_choice(choice({0, 1, 2}, multiple=True), [0, 1])
    assert partly.message.startswith(OUTCOME_TITLES[Outcome.PARTIAL])


def test_rubric_verdict_thresholds() -> None:
    from interview_app.core.answers import AnswerFormatError, rubric_verdict

    assert rubric_verdict([3, 3, 3, 3, 3]).outcome is Outcome.CORRECT
    assert round(rubric_verdict([3] * 5).score, 3) == 0.667
    assert rubric_verdict([4, 4]).score == 1.0
    assert rubric_verdict([2, 2, 2]).outcome is Outcome.PARTIAL
    assert rubric_verdict([2, 3]).outcome is Outcome.PARTIAL
    assert rubric_verdict([1, 2]).outcome is Outcome.INCORRECT
    assert rubric_verdict([1, 1]).score == 0.0
    with pytest.raises(AnswerFormatError):
        rubric_verdict([])
    with pytest.raises(AnswerFormatError):
        rubric_verdict([3, -1])
