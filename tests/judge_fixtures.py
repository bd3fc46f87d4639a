"""Shared judge fixtures: one warm judge per test session, and the shipped exercises."""

from __future__ import annotations

import pytest

from interview_app.core.judge.exercises import load_exercises
from interview_app.core.judge.grader import Judge

EXERCISES, EXERCISE_PROBLEMS = load_exercises()


@pytest.fixture(scope="session")
def judge():
    judge = Judge()
    judge.wait_warm()
    yield judge
    judge.close()
