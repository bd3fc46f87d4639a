"""Mastery per topic: the expected share of the topic's items the user would get right today.

A reviewed item counts at its FSRS retrievability, scaled down by its recent results (FSRS's
forgetting curve is flat, so an item failed again and again would otherwise still look half
known); items not yet tried count at the user's first-try record in that topic, smoothed towards
1/3 so that one lucky answer proves little. Confidence grows with coverage and attempts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from interview_app.core.review.cards import CardState
from interview_app.core.review.catalogue import Item
from interview_app.core.review.policy import retrievability

PRIOR_RIGHT, PRIOR_TRIES = 1.0, 3.0  # Beta-style prior for items never tried
CONFIDENCE_ATTEMPTS = 5  # attempts at which confidence from volume reaches one half


@dataclass(frozen=True)
class TopicMastery:
    topic: str
    items: int
    seen: int
    attempts: int
    accuracy: float
    mastery: float
    confidence: float
    due: int
    leeches: int

    @property
    def sureness(self) -> str:
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
        firsts = [c.first_score for c in in_bank if c.first_score is not None]
        prior = (sum(firsts) + PRIOR_RIGHT) / (len(firsts) + PRIOR_TRIES)
        recall = sum(item_mastery(c, now) for c in in_bank)
        unseen = size - len(in_bank)
        mastery = (recall + prior * unseen) / size if size else 0.0
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
    """How likely the item is answered right now: recall, discounted by recent failures."""
    return retrievability(card.stability, card.last_review, now) * (0.25 + 0.75 * card.recent)


def weakest_topics(mastery: Mapping[str, TopicMastery], limit: int | None = None) -> list[str]:
    """Topics with history, lowest mastery first (ties: least sure first)."""
    tried = [m for m in mastery.values() if m.attempts]
    tried.sort(key=lambda m: (m.mastery, m.confidence, m.topic))
    names = [m.topic for m in tried]
    return names if limit is None else names[:limit]
