"""The judge's vocabulary: verdicts (exactly the contract's strings) and test statuses."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from enum import StrEnum
from typing import Any


class Verdict(StrEnum):
    ACCEPTED = "accepted"
    WRONG_ANSWER = "wrong_answer"
    COMPILE_ERROR = "compile_error"
    RUNTIME_ERROR = "runtime_error"
    TIME_LIMIT_EXCEEDED = "time_limit_exceeded"
    MEMORY_LIMIT_EXCEEDED = "memory_limit_exceeded"
    OUTPUT_LIMIT_EXCEEDED = "output_limit_exceeded"
    INTERNAL_ERROR = "internal_error"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class Status(StrEnum):
    PASSED = "passed"
    FAILED = "failed"
    ERROR = "error"
    TIMEOUT = "timeout"
    NOT_RUN = "not_run"


@dataclass
class TestResult:
    name: str
    visible: bool
    status: Status = Status.NOT_RUN
    message: str = ""
    duration_ms: float = 0.0
    output: str = ""
    # Why a non-passing test failed, when it is not a plain wrong answer or exception.
    reason: Verdict | None = None
    # SQL, visible tests only: the query's table and the expected one ({"columns", "rows"}).
    # Shown in the app; never part of to_json, so hidden data does not leave the judge.
    got: dict[str, Any] | None = None
    expected: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "visible": self.visible,
            "status": self.status.value,
            "message": self.message,
            "duration_ms": round(self.duration_ms, 3),
            "output": self.output,
        }


@dataclass
class GradeResult:
    exercise: str
    verdict: Verdict
    tests: list[TestResult] = field(default_factory=list)
    duration_ms: float = 0.0
    message: str = ""  # for verdicts that concern the whole submission (compile errors, ...)
    output: str = ""  # printed while loading, or at the OS level
    layers: dict[str, bool] = field(default_factory=dict)
    # After an accepted Submit, for exercises with a scaling case: see judge/performance.py.
    performance: dict[str, Any] | None = None
    # By test index, (case, expected, what the submission returned): for pictures only,
    # never stored or printed.
    outputs: dict[int, Any] = field(default_factory=dict, repr=False)
    picture: dict[str, Any] | None = None  # plain series for the results' picture (pictures.py)

    @property
    def passed(self) -> int:
        return sum(t.status is Status.PASSED for t in self.tests)

    @property
    def total(self) -> int:
        return len(self.tests)

    @property
    def accepted(self) -> bool:
        return self.verdict is Verdict.ACCEPTED

    def to_json(self) -> dict[str, Any]:
        extra = {} if self.performance is None else {"performance": self.performance}
        return {
            "exercise": self.exercise,
            "verdict": self.verdict.value,
            "passed": self.passed,
            "total": self.total,
            "tests": [t.to_json() for t in self.tests],
            "duration_ms": round(self.duration_ms, 3),
            "message": self.message,
            "output": self.output,
            **extra,
        }


def summary(result: GradeResult) -> dict[str, Any]:
    """What is stored with an attempt."""
    data = asdict(replace(result, outputs={}, picture=None))
    for key in ("tests", "outputs", "picture"):
        data.pop(key)
    if data["performance"] is None:
        data.pop("performance")
    data["verdict"] = result.verdict.value
    data["passed"], data["total"] = result.passed, result.total
    data["failed_tests"] = [t.name for t in result.tests if t.status is not Status.PASSED][:10]
    return data
