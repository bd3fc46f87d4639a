"""Everything that can be reviewed: the bank's questions and the coding exercises, as one list."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from interview_app.core.review.rating import CODE_KIND, CODE_TARGET_SECONDS


@dataclass(frozen=True)
class Item:
    id: str
    topic: str
    kind: str  # a question kind, or "code"
    title: str
    difficulty: str
    target_seconds: int
    explanation: str = ""  # offered again when the item turns out to be a leech

    @property
    def is_code(self) -> bool:
        return self.kind == CODE_KIND


def catalogue(questions: Iterable[Any], exercises: Iterable[Any] = ()) -> dict[str, Item]:
    """Items by id from bank questions and judge exercises (duck-typed: no loader imports here)."""
    items: dict[str, Item] = {}
    for q in questions:
        items[q.id] = Item(
            q.id, q.topic, q.kind.value, q.label, q.difficulty.value, q.target_seconds, q.answer
        )
    for ex in exercises:
        difficulty = ex.difficulty.value
        items[ex.id] = Item(
            ex.id,
            ex.topic,
            CODE_KIND,
            ex.title,
            difficulty,
            CODE_TARGET_SECONDS[difficulty],
            ex.hint,
        )
    return items


def topic_sizes(items: Mapping[str, Item]) -> dict[str, int]:
    sizes: dict[str, int] = {}
    for item in items.values():
        sizes[item.topic] = sizes.get(item.topic, 0) + 1
    return sizes
