"""Test cases: built from an exercise's cases.py, expected values from its reference.

Everything here runs in the trusted grader process. Expected values are computed here and
never sent to the submission's process.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from interview_app.core.judge.exercises import Exercise, load_exercise
from interview_app.core.judge.runners import TrustedCall, normalise, trusted_runner
from interview_app.core.judge.sandbox.codec import decode, encode

MAX_CASES = 60


@dataclass(frozen=True)
class Case:
    name: str
    visible: bool
    args: list[Any]  # encoded (JSON-ready)
    kwargs: dict[str, Any]  # encoded
    large: bool = False  # the hidden case that tells an efficient solution from a slow one

    def decoded(self) -> tuple[list[Any], dict[str, Any]]:
        """Fresh Python/NumPy objects for one call (decoding again gives a private copy)."""
        return [decode(a) for a in self.args], {k: decode(v) for k, v in self.kwargs.items()}

    def inputs(self) -> dict[str, Any]:
        """The decoded inputs as a checker sees them: `{"args": [...], "kwargs": {...}}`."""
        args, kwargs = self.decoded()
        return {"args": args, "kwargs": kwargs}


def build_cases(exercise: Exercise, seed: int, visible_only: bool = False) -> list[Case]:
    module = exercise.cases_module
    raw = [(c, True) for c in module.visible()]
    if not visible_only:
        raw += [(c, False) for c in module.hidden(np.random.default_rng(seed))]
    if not raw or len(raw) > MAX_CASES:
        raise ValueError(f"{exercise.id}: cases.py must give 1 to {MAX_CASES} cases")
    return [
        Case(
            name=str(c.get("name") or f"case {n + 1}"),
            visible=visible,
            args=[encode(a) for a in c.get("args", [])],
            kwargs={k: encode(v) for k, v in c.get("kwargs", {}).items()},
            large=bool(c.get("large", False)),
        )
        for n, (c, visible) in enumerate(raw)
    ]


@cache
def _reference_runner(folder: Path, runner: str, function: str) -> TrustedCall:
    """The reference, loaded once per process; `runner` and `function` only key the cache."""
    exercise = load_exercise(folder)
    path = folder / f"reference{exercise.suffix}"
    return trusted_runner(exercise, path.read_text(encoding="utf-8"), str(path))


def expected_with_times(exercise: Exercise, cases: list[Case]) -> tuple[list[Any], list[float]]:
    """The reference's result for every case, and how long each took (ms, in this process)."""
    run = _reference_runner(exercise.folder, exercise.runner, exercise.function)
    out, times = [], []
    for case in cases:
        started = time.perf_counter()
        out.append(run(case))
        times.append((time.perf_counter() - started) * 1000)
    return out, times


def expected_outputs(exercise: Exercise, cases: list[Case]) -> list[Any]:
    return expected_with_times(exercise, cases)[0]


__all__ = ["Case", "build_cases", "expected_outputs", "expected_with_times", "normalise"]
