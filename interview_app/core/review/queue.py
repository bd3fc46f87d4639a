"""The review queue: what is due, most useful first; interview-date mode; weak-topic sessions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo

from interview_app.core.review.cards import CardState
from interview_app.core.review.catalogue import Item
from interview_app.core.review.mastery import TopicMastery, recall_now
from interview_app.core.review.policy import ReviewPolicy, days_until_retention, retrievability


@dataclass(frozen=True)
class QueueEntry:
    item: Item
    reason: str  # "due", "before interview", "leech", "new", "weak topic"
    due: datetime | None
    recall: float  # recall now (see mastery.recall_now), 0 for new items
    lapses: int = 0
    fails: int = 0

    @property
    def is_leech(self) -> bool:
        return self.reason == "leech"


def day_end(now: datetime, tz: tzinfo) -> datetime:
    """The next local midnight: anything due before it is due today."""
    local = now.astimezone(tz)
    return datetime.combine(local.date() + timedelta(days=1), time(), tzinfo=tz)


def effective_due(
    card: CardState, policy: ReviewPolicy, now: datetime, tz: tzinfo
) -> datetime | None:
    """The card's due date, brought forward in interview-date mode.

    A card scheduled before the date was set may fall due after the interview, or be reviewed too
    rarely for the retention the last days call for: it comes back when its recall reaches that
    retention, and at the latest the day before the interview.
    """
    if card.due is None:
        return None
    left = policy.days_left(now.astimezone(tz).date())
    if left is None or card.stability is None or card.last_review is None:
        return card.due
    interview = datetime.combine(policy.interview_date, time(), tzinfo=tz)  # type: ignore[arg-type]
    target = policy.retention(now.astimezone(tz).date())
    tighter = card.last_review + timedelta(
        days=max(1.0, days_until_retention(card.stability, target))
    )
    return min(
        card.due, tighter, max(card.last_review + timedelta(days=1), interview - timedelta(days=1))
    )


def build_queue(
    cards: Mapping[str, CardState],
    items: Mapping[str, Item],
    mastery: Mapping[str, TopicMastery],
    policy: ReviewPolicy,
    now: datetime,
    tz: tzinfo,
    new_today: int = 0,
) -> list[QueueEntry]:
    """Due items, most useful first, then (interview mode) today's share of unseen items.

    Usefulness: how far recall has dropped, weighted towards weaker topics; leeches lead.
    `new_today` is how many items were tried for the first time today already.
    """
    cutoff = day_end(now, tz)
    due: list[tuple[float, QueueEntry]] = []
    for item_id, card in cards.items():
        item = items.get(item_id)
        if item is None:
            continue
        when = effective_due(card, policy, now, tz)
        if when is None or when >= cutoff:
            continue
        recall = retrievability(card.stability, card.last_review, now)
        weakness = 1.5 - _mastery(mastery, item.topic)
        reason = (
            "leech"
            if card.is_leech
            else ("due" if card.due and card.due < cutoff else "before interview")
        )
        urgency = (1.0 - recall) * weakness + (1.0 if card.is_leech else 0.0)
        shown = recall_now(card, now)
        due.append((urgency, QueueEntry(item, reason, when, shown, card.lapses, card.fails)))
    due.sort(key=lambda pair: (-pair[0], pair[1].item.id))
    queue = [entry for _, entry in due]

    today = now.astimezone(tz).date()
    unseen = [item for item_id, item in items.items() if item_id not in cards]
    quota = max(0, policy.new_per_day(len(unseen) + new_today, today) - new_today)
    if quota:
        unseen.sort(
            key=lambda it: (_mastery(mastery, it.topic), _DIFFICULTY.get(it.difficulty, 1), it.id)
        )
        queue += [QueueEntry(item, "new", None, 0.0) for item in _spread(unseen, quota)]
    return queue


def weak_session(
    cards: Mapping[str, CardState],
    items: Mapping[str, Item],
    mastery: Mapping[str, TopicMastery],
    now: datetime,
    topics: int = 3,
    size: int = 15,
) -> list[QueueEntry]:
    """Items from the lowest-mastery topics: leeches and most-failed first, then weakest recall,
    then items not tried yet."""
    # Topics with history first (the weakest of them), untried ones only to fill up.
    ranked = sorted(
        (m for m in mastery.values() if m.items),
        key=lambda m: (not m.attempts, m.mastery, -m.leeches, m.topic),
    )
    chosen = {m.topic for m in ranked[:topics]}
    tried: list[tuple[tuple, QueueEntry]] = []
    fresh: list[QueueEntry] = []
    for item_id, item in items.items():
        if item.topic not in chosen:
            continue
        card = cards.get(item_id)
        if card is None:
            fresh.append(QueueEntry(item, "new", None, 0.0))
            continue
        recall = recall_now(card, now)
        reason = "leech" if card.is_leech else "weak topic"
        key = (-card.fails, -card.lapses, recall, item_id)
        tried.append((key, QueueEntry(item, reason, card.due, recall, card.lapses, card.fails)))
    tried.sort(key=lambda pair: pair[0])
    fresh.sort(key=lambda e: (_DIFFICULTY.get(e.item.difficulty, 1), e.item.id))
    return ([e for _, e in tried] + fresh)[:size]


def leeches(cards: Mapping[str, CardState], items: Mapping[str, Item]) -> list[CardState]:
    """Items failed on many separate days, most failed first."""
    found = [c for c in cards.values() if c.is_leech and c.item_id in items]
    return sorted(found, key=lambda c: (-c.fails, -c.lapses, c.item_id))


def forecast(
    cards: Mapping[str, CardState], policy: ReviewPolicy, now: datetime, tz: tzinfo, days: int = 14
) -> list[int]:
    """How many reviews fall due on each of the coming days (today first, overdue included)."""
    counts = [0] * days
    today = now.astimezone(tz).date()
    for card in cards.values():
        when = effective_due(card, policy, now, tz)
        if when is None:
            continue
        offset = max(0, (when.astimezone(tz).date() - today).days)
        if offset < days:
            counts[offset] += 1
    return counts


_DIFFICULTY = {"easy": 0, "medium": 1, "hard": 2}


def _mastery(mastery: Mapping[str, TopicMastery], topic: str) -> float:
    found = mastery.get(topic)
    return found.mastery if found else 0.0


def _spread(ordered: Sequence[Item], quota: int) -> list[Item]:
    """Take `quota` items, weakest topics first but no topic twice while another is waiting."""
    by_topic: dict[str, list[Item]] = {}
    for item in ordered:
        by_topic.setdefault(item.topic, []).append(item)
    picked: list[Item] = []
    while len(picked) < quota and any(by_topic.values()):
        for topic in list(by_topic):
            if by_topic[topic] and len(picked) < quota:
                picked.append(by_topic[topic].pop(0))
    return picked
