"""How a graded submission becomes an attempt in the progress store."""

from __future__ import annotations

from datetime import datetime

from interview_app.core.judge.exercises import Exercise
from interview_app.core.judge.verdicts import GradeResult, Status, summary
from interview_app.core.records import AttemptRecord
from interview_app.core.review.rating import CODE_KIND, CODE_TARGET_SECONDS
from interview_app.core.vocab import Outcome

__all__ = ["CODE_KIND", "attempt_for", "ran_a_test"]


def ran_a_test(result: GradeResult) -> bool:
    """Whether any test of the submission was run (its own code was judged at all)."""
    return any(t.status is not Status.NOT_RUN for t in result.tests)


def attempt_for(exercise: Exercise, code: str, result: GradeResult, now: datetime,
                time_spent_ms: int = 0, origin: str = "practice") -> AttemptRecord:  # fmt: skip
    """Accepted is correct; otherwise incorrect, with the share of tests passed as the score.

    A submission that ran no test (empty, not UTF-8, too large, a syntax error) is kept in
    History as unrated, so it counts against neither the review schedule nor mastery.
    """
    outcome = Outcome.CORRECT if result.accepted else Outcome.INCORRECT
    if not ran_a_test(result):
        outcome = Outcome.UNRATED
    return AttemptRecord(
        question_id=exercise.id,
        topic=exercise.topic,
        kind=CODE_KIND,
        created_at=now,
        answer=code,
        outcome=outcome,
        score=result.passed / result.total if result.total else 0.0,
        time_spent_ms=time_spent_ms,
        source=origin,
        details=summary(result),
        target_seconds=CODE_TARGET_SECONDS.get(exercise.difficulty.value),
    )
