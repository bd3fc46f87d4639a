"""What an attempt is, as the practice page hands it to the store. No database imports here."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from interview_app.core.vocab import Outcome, Rating


def iso(moment: datetime) -> str:
    """UTC ISO 8601 with milliseconds; naive datetimes are refused rather than guessed."""
    if moment.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware")
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


@dataclass(frozen=True)
class AttemptRecord:
    question_id: str
    topic: str
    kind: str
    created_at: datetime
    answer: Any  # JSON-serialisable
    outcome: Outcome
    time_spent_ms: int
    score: float | None = None
    rating: Rating | None = None
    session_id: int | None = None
    source: str = "practice"
    details: dict[str, Any] = field(default_factory=dict)
    target_seconds: int | None = None  # the item's target time: a fast right answer rates Easy
