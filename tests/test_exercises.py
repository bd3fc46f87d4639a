"""Every shipped exercise: well formed, its reference accepted by the sandboxed judge, every
known-wrong solution rejected, the starter not accepted."""

from __future__ import annotations

import inspect

import pytest

from interview_app.core.judge.cases import build_cases
from interview_app.core.judge.inprocess import load_trusted
from interview_app.core.judge.verdicts import Verdict

from .judge_fixtures import EXERCISE_PROBLEMS, EXERCISES

ML_TOPICS = {
    "classical-ml",
    "deep-learning",
    "optimisation",
    "evaluation-metrics",
    "ml-fundamentals",
}
WRONG = [(e, p) for e in EXERCISES.values() for p in e.wrong_solutions()]
SLOW = [(e, p) for e in EXERCISES.values() for p in e.slow_solutions()]


def test_exercises_load_without_problems() -> None:
    assert EXERCISE_PROBLEMS == []
    assert len([e for e in EXERCISES.values() if e.topic in ML_TOPICS]) >= 15
    assert len([e for e in EXERCISES.values() if e.topic == "algorithms"]) >= 10
    assert all(len(e.wrong_solutions()) >= 2 for e in EXERCISES.values())


def test_contract_signatures() -> None:
    kmeans = load_trusted(EXERCISES["kmeans"].reference_source).kmeans
    assert list(inspect.signature(kmeans).parameters) == ["X", "initial_centroids", "max_iters"]
    assert inspect.signature(kmeans).parameters["max_iters"].default == 100
    two_sum = load_trusted(EXERCISES["two-sum"].reference_source).two_sum
    assert list(inspect.signature(two_sum).parameters) == ["nums", "target"]
    for exercise in EXERCISES.values():
        assert exercise.prompt.strip() and exercise.hint
        if exercise.kind == "sql":  # a query, with the schema its tables are built from
            assert exercise.starter.strip() and exercise.schema(), exercise.id
            continue
        starter = load_trusted(exercise.starter)
        assert callable(getattr(starter, exercise.function)), exercise.id
        if exercise.runner == "calls":  # the class the tests construct
            assert isinstance(getattr(starter, exercise.function), type), exercise.id


@pytest.mark.parametrize("exercise", EXERCISES.values(), ids=lambda e: e.id)
def test_hidden_cases_change_with_the_seed(exercise) -> None:
    one, two = build_cases(exercise, 1), build_cases(exercise, 2)
    assert any(c.visible for c in one) and any(not c.visible for c in one)
    assert [c.args for c in one if not c.visible] != [c.args for c in two if not c.visible]


@pytest.mark.parametrize("exercise", EXERCISES.values(), ids=lambda e: e.id)
def test_reference_is_accepted(exercise, judge) -> None:
    judge.wait_warm()
    result = judge.grade(exercise, exercise.reference_source, seed=11)
    assert result.verdict is Verdict.ACCEPTED, result.message


@pytest.mark.parametrize("exercise", EXERCISES.values(), ids=lambda e: e.id)
def test_starter_is_not_accepted(exercise, judge) -> None:
    judge.wait_warm()
    result = judge.grade(exercise, exercise.starter, visible_only=True, seed=11)
    if exercise.kind == "sql":  # an SQL starter is a query that returns the columns, no rows
        assert result.verdict is Verdict.WRONG_ANSWER, result.message
        return
    assert result.verdict is Verdict.RUNTIME_ERROR
    assert "NotImplementedError" in result.message


@pytest.mark.parametrize(
    ("exercise", "path"), WRONG, ids=lambda x: getattr(x, "id", getattr(x, "stem", ""))
)
def test_known_wrong_solution_is_rejected(exercise, path, judge) -> None:
    judge.wait_warm()
    result = judge.grade(exercise, path.read_text(encoding="utf-8"), seed=11)
    assert result.verdict is not Verdict.ACCEPTED, f"{path.name} was accepted"
    assert result.verdict is not Verdict.INTERNAL_ERROR, result.message


@pytest.mark.parametrize(
    ("exercise", "path"), SLOW, ids=lambda x: getattr(x, "id", getattr(x, "stem", ""))
)
def test_slow_solution_is_told_it_is_correct_but_too_slow(exercise, path, judge) -> None:
    """`slow/`: correct code of the wrong complexity; the large hidden case catches it."""
    assert any(c.large for c in build_cases(exercise, 11) if not c.visible), exercise.id
    judge.wait_warm()
    result = judge.grade(exercise, path.read_text(encoding="utf-8"), seed=11)
    assert result.verdict is Verdict.TIME_LIMIT_EXCEEDED, f"{path.name}: {result.message}"
    assert "too slow on this large input" in result.message
    slow = next(i for i, t in enumerate(result.tests) if t.status.value == "timeout")
    assert all(t.status.value == "passed" for t in result.tests[:slow]), result.message
