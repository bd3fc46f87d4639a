"""Everything the dashboard shows, computed in one pass from the store (run off the GUI thread)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from interview_app.core.review.cards import CardState
from interview_app.core.review.catalogue import Item
from interview_app.core.review.mastery import TopicMastery, topic_mastery, weakest_topics
from interview_app.core.review.policy import ReviewPolicy, retrievability
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
    activity = store.activity()
    cutoff = day_end(now, tz)
    mastery = topic_mastery(cards.values(), items, now, due_by=cutoff)
    days = _local_days(activity, tz)
    today = now.astimezone(tz).date()
    day_start = cutoff - timedelta(days=1)
    new_today = sum(1 for c in cards.values() if c.first_seen and c.first_seen >= day_start)
    counts = store.counts()
    return Dashboard(
        now=now,
        today=today,
        policy=policy,
        mastery=mastery,
        topic_activity=_topic_activity(activity),
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


def _local_days(activity: list[dict[str, Any]], tz: tzinfo) -> list[DayStat]:
    sums: dict[date, list[float]] = {}
    offsets: dict[str, date] = {}
    for row in activity:
        hour = row["hour"]
        day = offsets.get(hour)
        if day is None:
            moment = datetime.fromisoformat(hour + ":00:00").replace(tzinfo=UTC)
            day = offsets[hour] = moment.astimezone(tz).date()
        acc = sums.get(day)
        if acc is None:
            acc = sums[day] = [0, 0, 0, 0, 0]
        acc[0] += row["attempts"]
        acc[1] += row["graded"]
        acc[2] += row["correct"]
        acc[3] += row["partial"]
        acc[4] += row["time_ms"]
    return [
        DayStat(day, int(a), int(g), int(c), int(p), t / 60000)
        for day, (a, g, c, p, t) in sorted(sums.items())
        if a > 0
    ]


def _topic_activity(activity: list[dict[str, Any]]) -> dict[str, TopicActivity]:
    sums: dict[str, list[float]] = {}
    for row in activity:
        acc = sums.setdefault(row["topic"], [0, 0, 0.0])
        acc[0] += row["attempts"]
        acc[1] += row["graded"]
        acc[2] += row["correct"] + 0.5 * row["partial"]
    return {t: TopicActivity(int(a), int(g), s) for t, (a, g, s) in sums.items()}


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
        recall = retrievability(card.stability, card.last_review, now)
        badness = (1 - recall) + 0.25 * card.fails + 0.5 * (1 - card.accuracy)
        scored.append((badness, item_id, WeakItem(item, card, recall)))
    scored.sort(key=lambda t: (-t[0], t[1]))
    return [w for _, _, w in scored[:WEAKEST_ITEMS]]
