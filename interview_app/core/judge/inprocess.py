"""Running a solution as plain in-process calls: for our own trusted code only (reference
checks while authoring, and the benchmark's floor). Untrusted code goes to the sandbox."""

from __future__ import annotations

import random
from collections.abc import Callable
from types import ModuleType
from typing import Any

from interview_app.core.judge.cases import Case, build_cases, expected_outputs, normalise
from interview_app.core.judge.exercises import Exercise
from interview_app.core.judge.sandbox.codec import TreeNode


def load_trusted(source: str, filename: str = "<solution>") -> ModuleType:
    module = ModuleType("_trusted_solution")
    module.__dict__["TreeNode"] = TreeNode
    exec(compile(source, filename, "exec"), module.__dict__)
    return module


def trusted_call(exercise: Exercise, source: str) -> Callable[[Case], Any]:
    """Our own solution as a function of one case, whatever the exercise's kind."""
    if exercise.kind == "sql":
        from interview_app.core.judge.sql_trusted import run_query

        return lambda case: run_query(source, case.args[0])
    function = getattr(load_trusted(source), exercise.function)

    def call(case: Case) -> Any:
        args, kwargs = case.decoded()
        return normalise(function(*args, **kwargs))

    return call


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
