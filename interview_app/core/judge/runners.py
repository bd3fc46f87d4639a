"""How a test runs a solution, one small runner per kind of exercise.

- `function`: the solution defines a function; a test calls it with the case's arguments.
- `calls`: the solution defines a class; a test plays a sequence of method calls on one
  object (sandbox/calls.py) and the result is one value per call.
- `sql`: the solution is one query; a test runs it on fresh tables built from the case.

The sandboxed worker runs submissions with the same runner name (sandbox/harness.py); here,
in the trusted process, a runner turns our own source (the reference, an alternative, a known
mistake) into a function of one case. A new kind is one runner here and one in the harness.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING, Any

from interview_app.core.judge.sandbox.calls import play
from interview_app.core.judge.sandbox.codec import ListNode, TreeNode, decode, encode

if TYPE_CHECKING:
    from interview_app.core.judge.cases import Case
    from interview_app.core.judge.exercises import Exercise

TrustedCall = Callable[["Case"], Any]
SOLUTION_NAMES = {"TreeNode": TreeNode, "ListNode": ListNode}  # given to every solution


def normalise(value: Any) -> Any:
    """A result as the grader sees it after crossing the boundary (tuples stay tuples, ...)."""
    return decode(encode(value))


def load_trusted(source: str, filename: str = "<solution>") -> ModuleType:
    module = ModuleType("_trusted_solution")
    module.__dict__.update(SOLUTION_NAMES)
    exec(compile(source, filename, "exec"), module.__dict__)  # our own code only
    return module


def _function(exercise: Exercise, module: ModuleType) -> TrustedCall:
    function = getattr(module, exercise.function)

    def call(case: Case) -> Any:
        args, kwargs = case.decoded()
        return normalise(function(*args, **kwargs))

    return call


def _calls(exercise: Exercise, module: ModuleType) -> TrustedCall:
    cls = getattr(module, exercise.function)

    def call(case: Case) -> Any:
        operations, arguments = case.decoded()[0][:2]
        return normalise(play(cls, operations, arguments))

    return call


PYTHON_RUNNERS: dict[str, Callable[[Exercise, ModuleType], TrustedCall]] = {
    "function": _function,
    "calls": _calls,
}


def trusted_runner(exercise: Exercise, source: str, filename: str = "<solution>") -> TrustedCall:
    """Our own solution `source` as a function of one case, whatever the exercise's runner."""
    if exercise.runner == "sql":
        from interview_app.core.judge.sql_trusted import run_query

        return lambda case: run_query(source, case.args[0])
    return PYTHON_RUNNERS[exercise.runner](exercise, load_trusted(source, filename))
