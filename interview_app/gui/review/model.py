"""What the Review page shows, worked out off the GUI thread from the dashboard. No Qt here."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from interview_app.core.progress.dashboard import Dashboard
from interview_app.core.review.cards import CardState
from interview_app.core.review.catalogue import Item
from interview_app.core.review.mastery import recall_now
from interview_app.core.review.policy import ReviewPolicy
from interview_app.core.review.queue import QueueEntry, day_end, effective_due, weak_session
from interview_app.core.review.rating import explain, rating_for

WEAK_TOPICS_SHOWN = 3
REASON_HINTS = {
    "due": "Its review date has come: recall has dropped to the level aimed at.",
    "before interview": "Brought forward so that it is fresh on the day of the interview.",
    "leech": "Failed on three or more separate days: read the explanation again.",
    "new": "Not tried yet: the interview-date plan brings it in today.",
    "weak topic": "From one of your weakest topics.",
}
# Fixed English names: the whole interface is English, and tests must not depend on the locale.
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class ReviewModel:
    dashboard: Dashboard
    items: Mapping[str, Item]
    weak: list[QueueEntry]  # the weak-topic session, in the core's order
    weak_topics: list[str]  # its topics, weakest first
    next_due: datetime | None  # the soonest review of any card (for "all caught up")
    next_due_count: int  # reviews falling due on that day
    unseen: int  # items never tried
    new_today: int  # items tried for the first time today

    @property
    def queue(self) -> list[QueueEntry]:
        return self.dashboard.queue

    @property
    def policy(self) -> ReviewPolicy:
        return self.dashboard.policy

    @property
    def today(self) -> date:
        return self.dashboard.today

    @property
    def due_count(self) -> int:
        return sum(1 for e in self.queue if e.reason != "new")

    @property
    def new_count(self) -> int:
        return sum(1 for e in self.queue if e.reason == "new")

    @property
    def has_history(self) -> bool:
        return bool(self.dashboard.cards)

    @property
    def new_per_day(self) -> int:
        return self.new_per_day_under(self.policy)

    def new_per_day_under(self, policy: ReviewPolicy) -> int:
        """Unseen items a day would bring in under this policy (counting today's first tries)."""
        return policy.new_per_day(self.unseen + self.new_today, self.today)

    def entry(self, item_id: str) -> QueueEntry | None:
        return next((e for e in self.queue if e.item.id == item_id), None)


def build_model(dashboard: Dashboard, items: Mapping[str, Item], tz: tzinfo) -> ReviewModel:
    cards, now = dashboard.cards, dashboard.now
    weak = weak_session(cards, items, dashboard.mastery, now)
    mastery = dashboard.mastery
    # Same ranking as weak_session's choice of topics: lowest mastery, then most leeches.
    topics = sorted(
        {e.item.topic for e in weak},
        key=lambda t: (mastery[t].mastery, -mastery[t].leeches, t) if t in mastery else (0, 0, t),
    )
    dues = [
        effective_due(c, dashboard.policy, now, tz) for c in cards.values() if c.item_id in items
    ]
    next_due = min((d for d in dues if d is not None), default=None)
    next_day = next_due.astimezone(tz).date() if next_due else None
    day_start = day_end(now, tz) - timedelta(days=1)
    return ReviewModel(
        dashboard=dashboard,
        items=items,
        weak=weak,
        weak_topics=topics[:WEAK_TOPICS_SHOWN],
        next_due=next_due,
        next_due_count=sum(
            1 for d in dues if d is not None and d.astimezone(tz).date() == next_day
        ),
        unseen=sum(1 for item_id in items if item_id not in cards),
        new_today=sum(1 for c in cards.values() if c.first_seen and c.first_seen >= day_start),
    )


def session_ids(entries: Iterable[QueueEntry]) -> list[str]:
    """What a session button deals: the questions in order, else the first coding exercise.

    The practice page takes questions only; an exercise opens on its own on the Coding page.
    """
    entries = list(entries)
    questions = [e.item.id for e in entries if not e.item.is_code]
    return questions or [e.item.id for e in entries[:1]]


# --- words -----------------------------------------------------------------------------------


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else many or word + 's'}"


def short_date(day: date) -> str:
    return f"{_DAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]}"


def days_from(today: date, when: datetime, tz: tzinfo) -> int:
    return (when.astimezone(tz).date() - today).days


def relative_due(when: datetime | None, today: date, tz: tzinfo) -> str:
    """The queue's due column: "today", "2 days overdue", "in 3 days"."""
    if when is None:
        return ""
    days = days_from(today, when, tz)
    if days < 0:
        return f"{plural(-days, 'day')} overdue"
    if days == 0:
        return "today"
    return "tomorrow" if days == 1 else f"in {days} days"


def next_review(when: datetime, today: date, tz: tzinfo) -> str:
    """When an item comes back: "tomorrow (Sun 15 Mar)", "in 4 days (Wed 18 Mar)", "today"."""
    days = days_from(today, when, tz)
    if days <= 0:
        return "today"
    return f"{relative_due(when, today, tz)} ({short_date(when.astimezone(tz).date())})"


def summary_text(model: ReviewModel) -> str:
    if not model.queue:
        return "Nothing due today" if model.has_history else "Nothing to review yet"
    due = model.due_count
    parts = [f"{plural(due, 'review')} due today" if due else "No reviews due today"]
    if model.new_count:
        parts.append(f"{plural(model.new_count, 'new item')} today")
    return "  ·  ".join(parts)


def caught_up_text(model: ReviewModel, tz: tzinfo) -> str:
    if model.next_due is None:
        return "Nothing is scheduled yet."
    when = next_review(model.next_due, model.today, tz)
    return f"Next review {when}: {plural(model.next_due_count, 'item')}."


def interview_text(policy: ReviewPolicy, today: date, new_per_day: int) -> str:
    """What interview-date mode means for the user's days, in one line."""
    chosen = policy.interview_date
    if chosen is None:
        return (
            f"Reviews aim at {policy.retention(today):.0%} recall. Set the date of an interview "
            "to tighten them as the day nears and bring in every item before it."
        )
    if chosen < today:
        return f"Your interview on {short_date(chosen)} has passed: reviews are back to normal."
    left = policy.days_left(today)
    if left is None:
        return "Your interview is today: good luck! Reviews are back to normal."
    new = (
        f"every item seen at least once before the day: {plural(new_per_day, 'new item')} per day"
        if new_per_day
        else "every item has been seen at least once"
    )
    return (
        f"{plural(left, 'day')} left  ·  aiming for {policy.retention(today):.0%} recall  ·  {new}"
    )


def detail_status(
    entry: QueueEntry | None, card: CardState | None, policy: ReviewPolicy, now: datetime,
    tz: tzinfo,
) -> str:  # fmt: skip
    """The selected item's schedule in one line: when it is due and how well it is held."""
    if card is None:
        return "New: not tried yet." if entry else "Not tried yet."
    today = now.astimezone(tz).date()
    due = entry.due if entry is not None else effective_due(card, policy, now, tz)
    parts = [due_phrase(due, today, tz)] if due else []
    parts.append(f"recall now {recall_now(card, now):.0%}")
    parts.append(f"reviewed {plural(card.reviews, 'time')}")
    if card.fails:
        parts.append(f"failed on {plural(card.fails, 'day')}")
    return "  ·  ".join(parts)


def due_phrase(when: datetime, today: date, tz: tzinfo) -> str:
    days = days_from(today, when, tz)
    if days < 0:
        return f"Overdue by {plural(-days, 'day')}"
    return "Due today" if days == 0 else f"Next review {next_review(when, today, tz)}"


@dataclass(frozen=True)
class AttemptLine:
    when: str
    why: str
    scheduled: bool  # the attempt whose rating set the current schedule (the one overridden)


def attempt_lines(
    rows: Sequence[Mapping[str, Any]], last_attempt_id: int | None, tz: tzinfo
) -> list[AttemptLine]:
    lines = []
    for row in rows:
        rating = rating_for(row)
        why = explain(rating, row) if rating is not None else "Waiting for your self-rating."
        moment = datetime.fromisoformat(row["created_at"]).astimezone(tz)
        when = f"{short_date(moment.date())}, {moment:%H:%M}"
        lines.append(AttemptLine(when, why, row.get("id") == last_attempt_id))
    return lines
