"""How hard the scheduler works: desired retention and, in interview-date mode, the deadline."""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from fsrs import Scheduler

BASE_RETENTION = 0.9
WEAK_BONUS = 0.03  # weak topics aim a little higher, so they come back sooner
MAX_RETENTION = 0.97
# Days before the interview -> retention: the usual two weeks out, tight in the last days.
_RAMP = ((14, 0.90), (7, 0.93), (3, 0.95))
# Unseen items are all introduced this many days before the interview, leaving time to review.
NEW_ITEMS_MARGIN_DAYS = 2
LEECH_FAILS = 3  # failed on this many separate days: the item is a leech
SITTING = timedelta(minutes=30)  # retries inside this window are one review, the first counts
WEAK_ACCURACY = 0.6  # a topic answered right less often than this (over 3+ tries) is weak


@dataclass(frozen=True)
class ReviewPolicy:
    """None for interview_date means ordinary spaced review at desired_retention."""

    desired_retention: float = BASE_RETENTION
    interview_date: date | None = None

    def days_left(self, today: date) -> int | None:
        """Whole days until the interview; None without one, or once it has passed."""
        if self.interview_date is None:
            return None
        left = (self.interview_date - today).days
        return left if left > 0 else None

    def retention(self, today: date, weak: bool = False) -> float:
        left = self.days_left(today)
        # Never below the user's own retention; the ramp only tightens as the day nears.
        base = self.desired_retention if left is None else max(self.desired_retention, _ramp(left))
        return min(MAX_RETENTION, base + (WEAK_BONUS if weak else 0.0))

    def maximum_interval(self, today: date) -> int:
        """In interview mode nothing is scheduled past the day before the interview."""
        left = self.days_left(today)
        return 36500 if left is None else max(1, left - 1)

    def scheduler(self, at: datetime, weak: bool = False) -> Scheduler:
        today = at.date()
        return scheduler_for(round(self.retention(today, weak), 4), self.maximum_interval(today))

    def new_per_day(self, unseen: int, today: date) -> int:
        """How many unseen items a day brings every item in before the interview (0 without one)."""
        left = self.days_left(today)
        if left is None or unseen <= 0:
            return 0
        return math.ceil(unseen / max(1, left - NEW_ITEMS_MARGIN_DAYS))


def is_weak(score_sum: float, attempts: int) -> bool:
    return attempts >= 3 and score_sum / attempts < WEAK_ACCURACY


def _ramp(days_left: int) -> float:
    if days_left >= _RAMP[0][0]:
        return _RAMP[0][1]
    for (far, far_r), (near, near_r) in itertools.pairwise(_RAMP):
        if near <= days_left <= far:
            return near_r + (far_r - near_r) * (days_left - near) / (far - near)
    return _RAMP[-1][1]


@lru_cache(maxsize=64)
def scheduler_for(retention: float, maximum_interval: int) -> Scheduler:
    # Whole-day steps: an interview answer comes back tomorrow at the soonest, not in ten minutes.
    # No fuzzing: the same history always gives the same due dates.
    return Scheduler(
        desired_retention=retention,
        learning_steps=(),
        relearning_steps=(),
        maximum_interval=maximum_interval,
        enable_fuzzing=False,
    )


def retrievability(stability: float | None, last_review: datetime | None, at: datetime) -> float:
    """FSRS's probability of recall at `at` (0 for an item never reviewed)."""
    if stability is None or last_review is None or stability <= 0:
        return 0.0
    decay = -_DEFAULT.parameters[20]
    factor = 0.9 ** (1 / decay) - 1
    elapsed = max(0.0, (at - last_review).total_seconds() / 86400)
    return (1 + factor * elapsed / stability) ** decay


def days_until_retention(stability: float, retention: float) -> float:
    """Days after a review at which recall falls to `retention` (FSRS's interval, unrounded)."""
    decay = -_DEFAULT.parameters[20]
    factor = 0.9 ** (1 / decay) - 1
    return stability / factor * (retention ** (1 / decay) - 1)


_DEFAULT = scheduler_for(BASE_RETENTION, 36500)
