"""Everything the dashboard shows, computed in one pass from the store (run off the GUI thread)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from interview_app.core.review.cards import CardState
from interview_app.core.review.catalogue import Item
from interview_app.core.review.mastery import (
    TopicMastery,
    recall_now,
    topic_mastery,
    weakest_topics,
)
from interview_app.core.review.policy import ReviewPolicy
from interview_app.core.review.queue import QueueEntry, build_queue, day_end, forecast, leeches

if TYPE_CHECKING:
    from interview_app.core.store import Store

FORECAST_DAYS = 14
WEAKEST_ITEMS = 10


@dataclass(frozen=True)
class DayStat:
    day: date
    attempts: int
    graded: int
    correct: int
    partial: int
    minutes: float

    @property
    def accuracy(self) -> float:
        return (self.correct + 0.5 * self.partial) / self.graded if self.graded else 0.0


@dataclass(frozen=True)
class TopicActivity:
    attempts: int = 0
    graded: int = 0
    score: float = 0.0

    @property
    def accuracy(self) -> float:
        return self.score / self.graded if self.graded else 0.0


@dataclass(frozen=True)
class WeakItem:
    item: Item
    card: CardState
    recall: float


@dataclass(frozen=True)
class Dashboard:
    now: datetime
    today: date  # in the user's time zone
    policy: ReviewPolicy
    mastery: dict[str, TopicMastery]
    topic_activity: dict[str, TopicActivity]
    days: list[DayStat]  # local days with any attempt, oldest first
    forecast: list[int]  # reviews due on each coming day, today (with overdue) first
    mocks: list[dict[str, Any]]  # finished mock interviews, oldest first
    weakest_items: list[WeakItem]
    leeches: list[CardState]
    queue: list[QueueEntry]
    cards: dict[str, CardState] = field(repr=False)
    attempts: int = 0
    sessions: int = 0

    @property
    def weakest_topics(self) -> list[str]:
        return weakest_topics(self.mastery)

    @property
    def streak(self) -> int:
        """Days in a row with practice, ending today or yesterday."""
        active = {d.day for d in self.days}
        today = self.today
        day = today if today in active else today - timedelta(days=1)
        count = 0
        while day in active:
            count += 1
            day -= timedelta(days=1)
        return count


def load_dashboard(store: Store, items: Mapping[str, Item], now: datetime, tz: tzinfo) -> Dashboard:
    policy = store.review_policy()
    cards = store.review_cards()
    cutoff = day_end(now, tz)
    mastery = topic_mastery(cards.values(), items, now, due_by=cutoff)
    days = _local_days(store.activity_by_hour(), tz)
    today = now.astimezone(tz).date()
    day_start = cutoff - timedelta(days=1)
    new_today = sum(1 for c in cards.values() if c.first_seen and c.first_seen >= day_start)
    counts = store.counts()
    return Dashboard(
        now=now,
        today=today,
        policy=policy,
        mastery=mastery,
        topic_activity={
            topic: TopicActivity(a, g, c + 0.5 * p)
            for topic, (a, g, c, p) in store.activity_by_topic().items()
        },
        days=days,
        forecast=forecast(cards, policy, now, tz, FORECAST_DAYS),
        mocks=_mocks(store),
        weakest_items=_weakest_items(cards, items, now),
        leeches=leeches(cards, items),
        queue=build_queue(cards, items, mastery, policy, now, tz, new_today),
        cards=cards,
        attempts=counts["attempts"],
        sessions=counts["sessions"],
    )


def _local_days(hours: list[tuple[str, int, int, int, int, int]], tz: tzinfo) -> list[DayStat]:
    """Fold UTC hours into the user's local days (offsets looked up once per UTC day and hour)."""
    sums: dict[date, list[float]] = {}
    for hour, attempts, graded, correct, partial, time_ms in hours:
        day = datetime.fromisoformat(hour + ":00:00+00:00").astimezone(tz).date()
        acc = sums.get(day)
        if acc is None:
            acc = sums[day] = [0, 0, 0, 0, 0]
        acc[0] += attempts
        acc[1] += graded
        acc[2] += correct
        acc[3] += partial
        acc[4] += time_ms
    return [
        DayStat(day, int(a), int(g), int(c), int(p), t / 60000)
        for day, (a, g, c, p, t) in sorted(sums.items())
        if a > 0
    ]


def _mocks(store: Store) -> list[dict[str, Any]]:
    rows = store.mock_history()
    return [
        {"id": r["id"], "title": r["title"], "preset_id": r["preset_id"],
         "finished_at": datetime.fromisoformat(r["finished_at"]), "overall": r["overall"] or 0.0}
        for r in reversed(rows)
    ]  # fmt: skip


def _weakest_items(
    cards: Mapping[str, CardState], items: Mapping[str, Item], now: datetime
) -> list[WeakItem]:
    scored = []
    for item_id, card in cards.items():
        item = items.get(item_id)
        if item is None:
            continue
        recall = recall_now(card, now)
        badness = (1 - recall) + 0.25 * card.fails + 0.5 * (1 - card.accuracy)
        scored.append((badness, item_id, WeakItem(item, card, recall)))
    scored.sort(key=lambda t: (-t[0], t[1]))
    return [w for _, _, w in scored[:WEAKEST_ITEMS]]
