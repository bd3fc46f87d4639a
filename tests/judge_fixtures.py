"""The shipped exercises, loaded once for the judge tests (the `judge` fixture is in conftest)."""

from __future__ import annotations

from interview_app.core.judge.exercises import load_exercises

EXERCISES, EXERCISE_PROBLEMS = load_exercises()
