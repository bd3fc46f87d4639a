"""Drawing a mock interview's items from the bank and the exercises. Pure: rng passed in."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from interview_app.core.mock.presets import Preset


@dataclass(frozen=True)
class Candidate:
    """Anything a section can draw: a bank question or a coding exercise."""

    key: str  # "q:<question id>" or "x:<exercise id>"
    kind: str
    topic: str
    difficulty: str
    target_s: int


@dataclass(frozen=True)
class Item:
    key: str
    kind: str
    topic: str
    section: int
    target_s: int


def candidates(questions: Sequence[object], exercises: Sequence[object]) -> list[Candidate]:
    """The pool: bank questions (any kind) and coding exercises, in one shape."""
    pool = [
        Candidate(f"q:{q.id}", q.kind.value, q.topic, q.difficulty.value, q.target_seconds)  # type: ignore[attr-defined]
        for q in questions
    ]
    pool += [
        Candidate(f"x:{e.id}", "code", e.topic, e.difficulty.value, 900)  # type: ignore[attr-defined]
        for e in exercises
    ]
    return pool


def draw(preset: Preset, pool: Sequence[Candidate], rng: random.Random,
         recent: frozenset[str] = frozenset()) -> tuple[list[Item], list[str]]:  # fmt: skip
    """The items, section by section, and notes on sections that could not be filled.

    Items not seen recently are preferred; no item appears twice in one interview.
    """
    used: set[str] = set()
    items: list[Item] = []
    notes: list[str] = []
    for index, section in enumerate(preset.sections):
        matching = [
            c for c in pool
            if c.kind in section.kinds and c.key not in used
            and (not section.topics or c.topic in section.topics)
            and (not section.difficulties or c.difficulty in section.difficulties)
        ]  # fmt: skip
        rng.shuffle(matching)
        matching.sort(key=lambda c: c.key in recent)  # stable: fresh ones first, still shuffled
        chosen = matching[: section.count]
        if len(chosen) < section.count:
            notes.append(f"{section.title}: only {len(chosen)} of {section.count} items match")
        per_item = section.minutes * 60 // max(1, len(chosen))
        for candidate in chosen:
            used.add(candidate.key)
            items.append(Item(candidate.key, candidate.kind, candidate.topic, index, per_item))
    return items, notes
