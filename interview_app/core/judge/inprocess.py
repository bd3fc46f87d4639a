"""Running a solution as plain in-process calls: for our own trusted code only (reference
checks while authoring, and the benchmark's floor). Untrusted code goes to the sandbox."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from interview_app.core.judge.cases import Case, build_cases, expected_outputs
from interview_app.core.judge.exercises import Exercise
from interview_app.core.judge.runners import load_trusted, trusted_runner


def trusted_call(exercise: Exercise, source: str) -> Callable[[Case], Any]:
    """Our own solution as a function of one case, whatever the exercise's kind."""
    return trusted_runner(exercise, source)


def run_trusted(
    exercise: Exercise, source: str, seed: int | None = None
) -> list[tuple[str, str | None]]:
    """(case name, problem or None) for every case; exceptions count as problems."""
    seed = random.randrange(2**32) if seed is None else seed
    cases = build_cases(exercise, seed)
    expected = expected_outputs(exercise, cases)
    call = trusted_call(exercise, source)
    results: list[tuple[str, str | None]] = []
    for case, want in zip(cases, expected, strict=True):
        try:
            got: Any = call(case)
        except Exception as exc:
            results.append((case.name, f"{type(exc).__name__}: {exc}"))
            continue
        results.append((case.name, exercise.checker(want, got, case.inputs())))
    return results


__all__ = ["load_trusted", "run_trusted", "trusted_call"]
