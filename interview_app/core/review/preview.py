"""What each rating would do: the next interval per rating, as the rating buttons show it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime, timedelta

from interview_app.core.review.cards import CardState, apply_attempt
from interview_app.core.review.policy import SITTING, ReviewPolicy, is_weak
from interview_app.core.vocab import Rating


def next_intervals(
    card: CardState | None,
    item_id: str,
    topic: str,
    kind: str,
    policy: ReviewPolicy,
    at: datetime,
    weak: bool = False,
) -> dict[Rating, timedelta] | None:
    """Time from `at` until the item is due again after each rating, by the app's own scheduler.

    None when a rating now would not move the schedule (a retry within SITTING of the review)."""
    if card is not None and card.last_review is not None and at - card.last_review < SITTING:
        return None
    before = card or CardState(item_id=item_id, topic=topic, kind=kind)
    out: dict[Rating, timedelta] = {}
    for rating in Rating:
        row = {"question_id": item_id, "topic": topic, "kind": kind, "created_at": at,
               "outcome": rating.outcome.value, "rating": int(rating)}  # fmt: skip
        after = apply_attempt(replace(before), row, policy, weak=weak)
        if after.due is not None:
            out[rating] = max(timedelta(0), after.due - at)
    return out


def topic_is_weak(cards: Mapping[str, CardState], topic: str) -> bool:
    """The weak-topic rule over the topic's cards, as the store applies it when reviewing."""
    mine = [c for c in cards.values() if c.topic == topic]
    return is_weak(sum(c.score_sum for c in mine), sum(c.attempts for c in mine))


def interval_text(delta: timedelta) -> str:
    """Short, as on flash-card buttons: "<1 d", "3 d", "5 wk", "4 mo", "1.2 y"."""
    days = delta.total_seconds() / 86400
    if days < 0.75:
        return "<1 d"
    if days < 28:
        return f"{round(days)} d"
    if days < 90:
        return f"{round(days / 7)} wk"
    if days < 365:
        return f"{round(days / 30.4)} mo"
    return f"{days / 365:.1f} y"
