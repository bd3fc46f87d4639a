"""What each rating would do: the next interval per rating, as the rating buttons show it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime, timedelta, tzinfo

from interview_app.core.practice import interval_text
from interview_app.core.review.cards import CardState, apply_attempt
from interview_app.core.review.policy import SITTING, ReviewPolicy, is_weak
from interview_app.core.review.queue import effective_due
from interview_app.core.vocab import Rating

__all__ = ["interval_text", "next_intervals", "topic_is_weak"]


def next_intervals(
    card: CardState | None,
    item_id: str,
    topic: str,
    kind: str,
    policy: ReviewPolicy,
    at: datetime,
    weak: bool = False,
    tz: tzinfo | None = None,
) -> dict[Rating, timedelta] | None:
    """Time from `at` until the item is due again after each rating, by the app's own scheduler;
    with `tz`, as the Review page shows it (brought forward in interview-date mode).

    None when a rating now would not move the schedule (a retry within SITTING of the review)."""
    if card is not None and card.last_review is not None and at - card.last_review < SITTING:
        return None
    before = card or CardState(item_id=item_id, topic=topic, kind=kind)
    out: dict[Rating, timedelta] = {}
    for rating in Rating:
        row = {"question_id": item_id, "topic": topic, "kind": kind, "created_at": at,
               "outcome": rating.outcome.value, "rating": int(rating)}  # fmt: skip
        after = apply_attempt(replace(before), row, policy, weak=weak)
        due = after.due if tz is None else effective_due(after, policy, at, tz)
        if due is not None:
            out[rating] = max(timedelta(0), due - at)
    return out


def topic_is_weak(cards: Mapping[str, CardState], topic: str) -> bool:
    """The weak-topic rule over the topic's cards, as the store applies it when reviewing."""
    mine = [c for c in cards.values() if c.topic == topic]
    return is_weak(sum(c.score_sum for c in mine), sum(c.attempts for c in mine))
