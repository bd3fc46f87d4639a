"""Grading a finished mock interview's automatically gradable items (off the GUI thread).

Concept and design items are scored by the user against the model answer or rubric; every
other kind is graded here, code by the sandboxed judge and maths by the checker process.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from interview_app.core.answers import AnswerFormatError, check_choice, check_numeric
from interview_app.core.mock.engine import ItemState

SELF_SCORED = ("concept", "design")


@dataclass(frozen=True)
class Graded:
    score: float
    verdict: str
    explanation: str


def grade_item(
    item: ItemState, question: Any, exercise: Any, judge: Any, checker: Any
) -> Graded | None:
    """None for unanswered and self-scored items."""
    if item.answer is None or item.kind in SELF_SCORED:
        return None
    if item.kind == "code":
        result = judge.grade(exercise, str(item.answer))
        return Graded(result.passed / result.total if result.total else 0.0,
                      f"{result.verdict.label} ({result.passed}/{result.total})", result.message)  # fmt: skip
    if item.kind == "math":
        reply = checker.check(question.spec(), str(item.answer))
        score = 1.0 if reply["verdict"] == "correct" else 0.0
        return Graded(score, reply["verdict"], f"{reply['message']}\n\n{question.answer}")
    try:
        verdict = (
            check_choice(question, item.answer)
            if item.kind == "choice"
            else check_numeric(question, str(item.answer))
        )
    except AnswerFormatError as exc:
        return Graded(0.0, "unreadable", f"{exc}\n\n{question.answer}")
    return Graded(verdict.score, verdict.outcome.value, f"{verdict.message}\n\n{question.answer}")


def grade_all(items: list[ItemState], find: Callable[[str], Any], make_judge: Callable[[], Any],
              checker: Any) -> dict[str, Graded]:  # fmt: skip
    """Grades keyed by item key; the judge is created only if there is code to grade."""
    judge = make_judge() if any(i.kind == "code" and i.answer is not None for i in items) else None
    try:
        out = {}
        for item in items:
            found = find(item.key)
            exercise = found if item.key.startswith("x:") else None
            graded = grade_item(item, found, exercise, judge, checker)
            if graded is not None:
                out[item.key] = graded
        return out
    finally:
        if judge is not None:
            judge.close()
