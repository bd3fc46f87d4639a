"""What an attempt tells the scheduler: the FSRS rating, from the user or from the grade."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from interview_app.core.vocab import Outcome, Rating

CODE_KIND = "code"
# Coding exercises carry no target time of their own; these match a typical interview slot.
CODE_TARGET_SECONDS = {"easy": 900, "medium": 1500, "hard": 2400}
_KIND_TARGET_SECONDS = {
    "concept": 180, "choice": 60, "numeric": 150, "math": 180, "design": 1800, CODE_KIND: 1500,
}  # fmt: skip

# A right answer in under half its target time is Easy; one that took over 1.5 times is Hard.
EASY_SHARE = 0.5
HARD_SHARE = 1.5


def target_seconds_for(kind: str, details: Mapping[str, Any] | None = None) -> int:
    """The time an attempt was meant to take: as recorded with it, else the kind's default."""
    recorded = (details or {}).get("target_seconds")
    if isinstance(recorded, int | float) and recorded > 0:
        return int(recorded)
    return _KIND_TARGET_SECONDS.get(kind, 180)


def auto_rating(
    outcome: Outcome | str, time_spent_ms: int, target_seconds: int, hint_used: bool = False
) -> Rating | None:
    """Map a graded outcome and its time to a rating; None while the answer awaits self-rating."""
    outcome = Outcome(outcome)
    if outcome is Outcome.UNRATED:
        return None
    if outcome is Outcome.INCORRECT:
        return Rating.AGAIN
    if outcome is Outcome.PARTIAL:
        return Rating.HARD
    share = time_spent_ms / 1000 / max(1, target_seconds)
    if hint_used or share > HARD_SHARE:
        return Rating.HARD
    if 0 < share <= EASY_SHARE:
        return Rating.EASY
    return Rating.GOOD


def rating_for(row: Mapping[str, Any]) -> Rating | None:
    """The rating of a stored attempt row: the user's own if given, else the automatic one."""
    if row.get("rating") is not None:
        return Rating(int(row["rating"]))
    details = row.get("details") or {}
    return auto_rating(
        row["outcome"],
        int(row.get("time_spent_ms") or 0),
        target_seconds_for(row["kind"], details),
        hint_used=bool(details.get("hint_used")),
    )


def explain(rating: Rating, row: Mapping[str, Any]) -> str:
    """One line saying why an attempt got its rating, for the user to check and override."""
    if row.get("rating") is not None:
        return f"{rating.label}: your own rating."
    details = row.get("details") or {}
    seconds = int(row.get("time_spent_ms") or 0) / 1000
    target = target_seconds_for(row["kind"], details)
    outcome = Outcome(row["outcome"])
    if outcome is not Outcome.CORRECT:
        return f"{rating.label}: the answer was {outcome.value}."
    if details.get("hint_used"):
        return f"{rating.label}: right, with a hint."
    return f"{rating.label}: right in {_duration(seconds)} (target {_duration(target)})."


def _duration(seconds: float) -> str:
    if seconds < 90:
        return f"{seconds:.0f} s"
    return f"{seconds / 60:.0f} min"
