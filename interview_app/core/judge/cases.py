"""Test cases: built from an exercise's cases.py, expected values from its reference.

Everything here runs in the trusted grader process. Expected values are computed here and
never sent to the submission's process.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

from interview_app.core.judge.exercises import Exercise
from interview_app.core.judge.sandbox.codec import TreeNode, decode, encode

MAX_CASES = 60


@dataclass(frozen=True)
class Case:
    name: str
    visible: bool
    args: list[Any]  # encoded (JSON-ready)
    kwargs: dict[str, Any]  # encoded

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
        )
        for n, (c, visible) in enumerate(raw)
    ]


def normalise(value: Any) -> Any:
    """A result as the grader sees it after crossing the boundary (tuples stay tuples, ...)."""
    return decode(encode(value))


@cache
def _reference_module(folder: Path) -> ModuleType:
    module = ModuleType(f"_reference_{folder.name.replace('-', '_')}")
    module.__dict__["TreeNode"] = TreeNode
    path = folder / "reference.py"
    code = compile(path.read_text(encoding="utf-8"), str(path), "exec")
    exec(code, module.__dict__)  # our own trusted reference solution
    return module


def expected_outputs(exercise: Exercise, cases: list[Case]) -> list[Any]:
    if exercise.kind == "sql":
        from interview_app.core.judge.sql_trusted import run_query

        return [run_query(exercise.reference_source, case.args[0]) for case in cases]
    function = getattr(_reference_module(exercise.folder), exercise.function)
    out = []
    for case in cases:
        args, kwargs = case.decoded()
        out.append(normalise(function(*args, **kwargs)))
    return out
