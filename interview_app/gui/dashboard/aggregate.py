"""The figures behind each chart, from a loaded Dashboard: plain Python, no Qt."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from interview_app.core.progress.dashboard import DayStat
from interview_app.core.review.cards import CardState
from interview_app.core.review.catalogue import Item
from interview_app.core.review.mastery import TopicMastery, recall_now
from interview_app.core.review.policy import ReviewPolicy
from interview_app.core.review.queue import QueueEntry, effective_due

DAILY_UP_TO_DAYS = 32  # shorter histories are drawn day by day, longer ones week by week


@dataclass(frozen=True)
class Period:
    """A run of local days [start, end) with its totals."""

    start: date
    end: date
    attempts: int = 0
    graded: int = 0
    score: float = 0.0  # correct 1, partial 0.5

    @property
    def accuracy(self) -> float | None:
        return self.score / self.graded if self.graded else None


@dataclass(frozen=True)
class ItemRow:
    """One item as the details panel lists it."""

    item: Item
    card: CardState | None
    recall: float
    due: datetime | None


def due_now(queue: Iterable[QueueEntry]) -> list[QueueEntry]:
    """Reviews due today: the queue without its new items."""
    return [e for e in queue if e.reason != "new"]


def average_mastery(mastery: Mapping[str, TopicMastery]) -> float | None:
    """Mastery over the started topics, weighted by items tried; None when none is started."""
    started = [m for m in mastery.values() if m.started]
    total = sum(m.seen for m in started)
    if not total:
        return None
    return sum(m.mastery * m.seen for m in started) / total


def periods(days: list[DayStat], today: date) -> tuple[str, list[Period]]:
    """("day" | "week", periods from the first practice day to today, empty ones included)."""
    if not days:
        return "day", []
    first = days[0].day
    unit = "day" if (today - first).days < DAILY_UP_TO_DAYS else "week"
    step = timedelta(days=1 if unit == "day" else 7)
    start = first if unit == "day" else first - timedelta(days=first.weekday())
    sums: dict[date, list[float]] = {}
    for d in days:
        key = d.day if unit == "day" else d.day - timedelta(days=d.day.weekday())
        acc = sums.setdefault(key, [0, 0, 0.0])
        acc[0] += d.attempts
        acc[1] += d.graded
        acc[2] += d.correct + 0.5 * d.partial
    result = []
    last = max(today, days[-1].day)  # a clock set back leaves "future" days: keep them
    while start <= last:
        a, g, s = sums.get(start, (0, 0, 0.0))
        result.append(Period(start, start + step, int(a), int(g), s))
        start += step
    return unit, result


def calendar_start(today: date, weeks: int) -> date:
    """The Monday that starts a calendar of `weeks` columns ending with this week."""
    return today - timedelta(days=today.weekday()) - timedelta(weeks=weeks - 1)


def local_span(start: date, end: date, tz: tzinfo) -> tuple[datetime, datetime]:
    """The instants bounding local days [start, end), for store queries."""
    return datetime.combine(start, time(), tzinfo=tz), datetime.combine(end, time(), tzinfo=tz)


def due_on(
    cards: Mapping[str, CardState],
    items: Mapping[str, Item],
    policy: ReviewPolicy,
    now: datetime,
    tz: tzinfo,
    offset: int,
) -> list[ItemRow]:
    """Items falling due `offset` days from today (today includes the overdue), as the forecast
    counts them; lowest recall first."""
    today = now.astimezone(tz).date()
    rows = []
    for item_id, card in cards.items():
        when = effective_due(card, policy, now, tz)
        if when is None or max(0, (when.astimezone(tz).date() - today).days) != offset:
            continue
        item = items.get(item_id) or _orphan(card)
        rows.append(ItemRow(item, card, recall_now(card, now), when))
    rows.sort(key=lambda r: (r.recall, r.item.id))
    return rows


def topic_rows(
    topic: str, cards: Mapping[str, CardState], items: Mapping[str, Item], now: datetime
) -> list[ItemRow]:
    """The topic's items, weakest first: tried ones by recall, then the ones never tried."""
    rows = []
    for item in items.values():
        if item.topic != topic:
            continue
        card = cards.get(item.id)
        recall = recall_now(card, now) if card else 0.0
        rows.append(ItemRow(item, card, recall, card.due if card else None))
    rows.sort(key=lambda r: (r.card is None, r.recall, -(r.card.fails if r.card else 0), r.item.id))
    return rows


def _orphan(card: CardState) -> Item:
    # A card whose item left the bank still shows, under its id.
    return Item(card.item_id, card.topic, card.kind, card.item_id, "medium", 0)
