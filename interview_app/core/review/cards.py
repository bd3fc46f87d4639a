"""One review card per question or exercise: FSRS state plus the counts mastery is built on."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from fsrs import Card, Scheduler, State
from fsrs import Rating as FsrsRating

from interview_app.core.review.policy import LEECH_FAILS, SITTING, ReviewPolicy, is_weak
from interview_app.core.review.rating import rating_for
from interview_app.core.vocab import Outcome, Rating

RECENT_WEIGHT = 0.5
_SCORES = {Outcome.CORRECT.value: 1.0, Outcome.PARTIAL.value: 0.5, Outcome.INCORRECT.value: 0.0}


@dataclass(frozen=True)
class CardState:
    item_id: str
    topic: str
    kind: str
    state: int = State.Learning.value  # FSRS: a card never reviewed starts in Learning
    step: int | None = None
    stability: float | None = None
    difficulty: float | None = None
    due: datetime | None = None
    last_review: datetime | None = None
    reviews: int = 0
    lapses: int = 0  # a remembered item forgotten again
    fails: int = 0  # days on which it was answered wrongly
    attempts: int = 0  # graded attempts, retries included
    score_sum: float = 0.0  # correct 1, partial 0.5, wrong 0
    first_score: float | None = None
    recent: float = 0.0  # recent results, each review weighing RECENT_WEIGHT (1 right, 0 wrong)
    last_rating: int | None = None
    last_attempt_id: int | None = None  # the attempt whose rating set the schedule
    first_seen: datetime | None = None
    last_fail: datetime | None = None

    @property
    def accuracy(self) -> float:
        return self.score_sum / self.attempts if self.attempts else 0.0

    @property
    def is_leech(self) -> bool:
        return self.fails >= LEECH_FAILS

    def to_row(self) -> dict[str, Any]:
        row: dict[str, Any] = {}
        for name in CardState.__dataclass_fields__:
            value = getattr(self, name)
            row[name] = value.astimezone(UTC).isoformat() if isinstance(value, datetime) else value
        return row

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> CardState:
        values = {}
        for name in CardState.__dataclass_fields__:
            value = row.get(name)
            if name in _TIMES and value is not None:
                value = datetime.fromisoformat(value)
            values[name] = value
        return cls(**values)


_TIMES = {"due", "last_review", "first_seen", "last_fail"}


def apply_attempt(
    card: CardState | None,
    row: Mapping[str, Any],
    policy: ReviewPolicy,
    weak: bool = False,
) -> CardState:
    """Fold one attempt row (question_id, topic, kind, created_at, outcome, rating, ...) in.

    Unrated answers change nothing. Retries within SITTING of the review count towards accuracy
    but not the schedule: the first try says what the user knew.
    """
    at = _as_time(row["created_at"])
    rating = rating_for(row)
    if card is None:
        card = CardState(item_id=row["question_id"], topic=row["topic"], kind=row["kind"])
    if rating is None:
        return card
    # The user's own rating says how it went; otherwise the graded outcome does.
    outcome = rating.outcome.value if row.get("rating") is not None else row["outcome"]
    score = _SCORES.get(outcome, 0.0)
    counts = replace(
        card,
        topic=row["topic"],
        attempts=card.attempts + 1,
        score_sum=card.score_sum + score,
        first_score=score if card.first_score is None else card.first_score,
        first_seen=card.first_seen or at,
    )
    if card.last_review is not None and at - card.last_review < SITTING:
        return counts
    scheduled = _fsrs_review(card, rating, at, policy.scheduler(at, weak))
    failed = rating is Rating.AGAIN
    new_fail_day = failed and (card.last_fail is None or card.last_fail.date() != at.date())
    return replace(
        counts,
        state=scheduled.state.value,
        step=scheduled.step,
        stability=scheduled.stability,
        difficulty=scheduled.difficulty,
        due=scheduled.due,
        last_review=at,
        reviews=card.reviews + 1,
        recent=(1 - RECENT_WEIGHT) * card.recent + RECENT_WEIGHT * score if card.reviews else score,
        lapses=card.lapses + (1 if failed and card.reviews > 0 else 0),
        fails=card.fails + (1 if new_fail_day else 0),
        last_rating=int(rating),
        last_attempt_id=row.get("id"),
        last_fail=at if failed else card.last_fail,
    )


def _fsrs_review(card: CardState, rating: Rating, at: datetime, scheduler: Scheduler) -> Card:
    fsrs_card = Card(
        card_id=1,
        state=State(card.state),
        step=card.step,
        stability=card.stability,
        difficulty=card.difficulty,
        due=card.due or at,
        last_review=card.last_review,
    )
    scheduled, _log = scheduler.review_card(fsrs_card, FsrsRating(int(rating)), at)
    return scheduled


def replay(
    rows: Iterable[Mapping[str, Any]],
    policy: ReviewPolicy,
    topic_totals: Mapping[str, tuple[float, int]] | None = None,
) -> dict[str, CardState]:
    """Cards from a history, rows in time order (the store's rebuild after an import or override).

    `topic_totals` (score sum, attempts) per topic from before these rows, for the weak-topic rule.
    """
    cards: dict[str, CardState] = {}
    totals = dict(topic_totals or {})
    for row in rows:
        item = row["question_id"]
        before = cards.get(item)
        score_sum, attempts = totals.get(row["topic"], (0.0, 0))
        after = apply_attempt(before, row, policy, weak=is_weak(score_sum, attempts))
        cards[item] = after
        if before is None or after.attempts != before.attempts:
            gained = after.score_sum - (before.score_sum if before else 0.0)
            totals[row["topic"]] = (score_sum + gained, attempts + 1)
    return {k: v for k, v in cards.items() if v.reviews}


def _as_time(value: datetime | str) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)
