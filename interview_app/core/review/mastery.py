"""Mastery per topic: the share of the tried items the user would get right today.

Each tried item counts at its recall now: FSRS's probability of recall times its recent record
(1 right, 0 wrong, the latest answer weighing half), so an item just failed is at 0 %, not at
the 100 % FSRS gives any card at the moment of its review. A topic with nothing tried is "not
started" (mastery None). Confidence grows with the share of the topic tried and the attempts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from interview_app.core.review.cards import CardState
from interview_app.core.review.catalogue import Item
from interview_app.core.review.policy import retrievability

WEAK_BELOW = 0.8  # a topic at or above this mastery is never listed as weak
CONFIDENCE_ATTEMPTS = 5  # attempts at which confidence from volume reaches one half


@dataclass(frozen=True)
class TopicMastery:
    topic: str
    items: int
    seen: int
    attempts: int
    accuracy: float
    mastery: float  # 0 when not started; check `started`
    confidence: float
    due: int
    leeches: int

    @property
    def started(self) -> bool:
        return self.seen > 0

    @property
    def sureness(self) -> str:
        if not self.started:
            return "not started"
        if self.confidence < 0.25:
            return "unsure"
        return "fair" if self.confidence < 0.6 else "sure"


def topic_mastery(
    cards: Iterable[CardState],
    items: Mapping[str, Item],
    now: datetime,
    due_by: datetime | None = None,
) -> dict[str, TopicMastery]:
    """Every topic that has items or history, by id; `due` counts cards due by `due_by`."""
    due_by = due_by or now
    by_topic: dict[str, list[CardState]] = {}
    for card in cards:
        by_topic.setdefault(items[card.item_id].topic if card.item_id in items else card.topic,
                            []).append(card)  # fmt: skip
    sizes: dict[str, int] = {}
    for item in items.values():
        sizes[item.topic] = sizes.get(item.topic, 0) + 1
    result = {}
    for topic in sorted(set(sizes) | set(by_topic)):
        topic_cards = by_topic.get(topic, [])
        in_bank = [c for c in topic_cards if c.item_id in items]
        size = max(sizes.get(topic, 0), len(in_bank))
        attempts = sum(c.attempts for c in topic_cards)
        score = sum(c.score_sum for c in topic_cards)
        recall = sum(item_mastery(c, now) for c in in_bank)
        mastery = recall / len(in_bank) if in_bank else 0.0
        coverage = len(in_bank) / size if size else 0.0
        volume = attempts / (attempts + CONFIDENCE_ATTEMPTS)
        result[topic] = TopicMastery(
            topic=topic,
            items=size,
            seen=len(in_bank),
            attempts=attempts,
            accuracy=score / attempts if attempts else 0.0,
            mastery=min(1.0, max(0.0, mastery)),
            confidence=coverage * volume,
            due=sum(1 for c in in_bank if c.due is not None and c.due <= due_by),
            leeches=sum(1 for c in in_bank if c.is_leech),
        )
    return result


def item_mastery(card: CardState, now: datetime) -> float:
    """Recall now: FSRS's recall probability at `now` times the item's recent record."""
    return retrievability(card.stability, card.last_review, now) * card.recent


recall_now = item_mastery


def weakest_topics(mastery: Mapping[str, TopicMastery], limit: int | None = None) -> list[str]:
    """Started topics below WEAK_BELOW, lowest mastery first (ties: least sure first)."""
    tried = [m for m in mastery.values() if m.started and m.mastery < WEAK_BELOW]
    tried.sort(key=lambda m: (m.mastery, m.confidence, m.topic))
    names = [m.topic for m in tried]
    return names if limit is None else names[:limit]
