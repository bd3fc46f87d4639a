"""One pre-started worker serves every exercise: proven by process identity, not by timing.

A worker whose limits did not match an exercise's used to be thrown away and replaced by a
cold one on every submission; this fails if that ever happens again.
"""

from __future__ import annotations

import pytest

from .judge_fixtures import EXERCISES


@pytest.mark.parametrize("exercise_id", sorted(EXERCISES))
def test_submission_is_served_by_the_pre_started_worker(judge, exercise_id: str) -> None:
    exercise = EXERCISES[exercise_id]
    judge.wait_warm()
    warm = judge.warm_pid()
    assert warm is not None
    result = judge.grade(exercise, exercise.reference_source, visible_only=True, seed=3)
    assert result.accepted, result.message
    assert judge.last_served_by == warm, "a new worker was started instead of the warm one"


def test_job_limits_follow_the_exercise(judge) -> None:
    """The exercise's memory limit holds inside the shared worker: a hog hits it."""
    exercise = EXERCISES["two-sum"]
    hog = (
        "def two_sum(nums, target):\n"
        f"    block = bytearray({exercise.memory_limit_mb + 64} * 1024 * 1024)\n"
        "    return [0, 1]\n"
    )
    judge.wait_warm()
    warm = judge.warm_pid()
    result = judge.grade(exercise, hog, visible_only=True, seed=3)
    assert judge.last_served_by == warm
    assert result.verdict.value == "memory_limit_exceeded", result.message
