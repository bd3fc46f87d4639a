"""The practice deck: which question comes next. Pure: the random source is passed in."""

from __future__ import annotations

import random
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta

from interview_app.core.bank.model import ChoiceQuestion, Question
from interview_app.core.vocab import Difficulty, Kind, Outcome

# Unseen questions first, then the ones last answered wrongly, then the rest.
_PRIORITY = {
    None: 0,
    Outcome.INCORRECT.value: 1,
    Outcome.PARTIAL.value: 2,
    Outcome.UNRATED.value: 2,
}


@dataclass(frozen=True)
class PracticeFilter:
    """None means "any"; an empty set matches nothing."""

    topics: frozenset[str] | None = None
    difficulties: frozenset[Difficulty] | None = None
    kinds: frozenset[Kind] | None = None

    def accepts(self, q: Question) -> bool:
        return (
            (self.topics is None or q.topic in self.topics)
            and (self.difficulties is None or q.difficulty in self.difficulties)
            and (self.kinds is None or q.kind in self.kinds)
        )

    def to_json(self) -> dict[str, list[str] | None]:
        def names(values: frozenset | None) -> list[str] | None:
            return None if values is None else sorted(str(v) for v in values)

        return {
            "topics": names(self.topics),
            "difficulties": names(self.difficulties),
            "kinds": names(self.kinds),
        }


class PracticeDeck:
    """Deals every matching question once per round, weakest-first, then starts a new round."""

    def __init__(
        self,
        questions: Sequence[Question],
        last_outcomes: Mapping[str, str],
        rng: random.Random,
        keep_order: bool = False,
    ) -> None:
        """`keep_order`: deal in the order given (a review queue), not weakest-first."""
        self._questions = list(questions)
        self._keep_order = keep_order
        self._last = dict(last_outcomes)
        self._rng = rng
        self._queue: list[Question] = []
        self.round = 0

    def __len__(self) -> int:
        return len(self._questions)

    def record(self, question_id: str, outcome: Outcome) -> None:
        self._last[question_id] = outcome.value

    def next(self) -> Question | None:
        if not self._questions:
            return None
        if not self._queue and self._keep_order and self.round:
            return None  # a queue is dealt once
        if not self._queue:
            self._queue = self._ordered()
            self.round += 1
        return self._queue.pop(0)

    def _ordered(self) -> list[Question]:
        if self._keep_order:
            return list(self._questions)
        keyed = [
            (_PRIORITY.get(self._last.get(q.id), 3), self._rng.random(), q) for q in self._questions
        ]
        keyed.sort(key=lambda item: (item[0], item[1]))
        return [q for _, _, q in keyed]


def option_order(question: ChoiceQuestion, rng: random.Random) -> list[int]:
    """The order to show a choice question's options in (indices into `options`)."""
    order = list(range(len(question.options)))
    if question.shuffle:
        rng.shuffle(order)
    return order


def concept_score(covered: Collection[int], key_points: int) -> float:
    """Share of key points the user says they covered."""
    return len(set(covered)) / key_points if key_points else 0.0


def topics_with_questions(questions: Collection[Question]) -> set[str]:
    """The topics that hold at least one question: the count the window and `doctor` show."""
    return {q.topic for q in questions}


def plural(n: int, word: str, many: str | None = None) -> str:
    """`1 session`, `2 sessions`; `many` for irregular plurals."""
    return f"{n:,} {word if n == 1 else many or word + 's'}"


def duration_text(ms: int) -> str:
    """Time spent, rounded for a summary: "under a minute", "6 min", "1 h 5 min"."""
    minutes = round(ms / 60000)
    if minutes < 1:
        return "under a minute"
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60} h" + (f" {minutes % 60} min" if minutes % 60 else "")


def comeback_text(days_until: Sequence[int]) -> str:
    """When the session's items come back, soonest first: "2 tomorrow, 1 in 4 days"."""
    counts: dict[int, int] = {}
    for days in days_until:
        counts[max(0, days)] = counts.get(max(0, days), 0) + 1
    parts = []
    for days, n in sorted(counts.items()):
        when = "today" if days == 0 else "tomorrow" if days == 1 else f"in {days} days"
        parts.append(f"{n} {when}")
    return ", ".join(parts)


WARM_UP_KINDS = (Kind.CHOICE, Kind.NUMERIC, Kind.CONCEPT)
_QUICK_SECONDS = {Kind.CHOICE: 60, Kind.NUMERIC: 150, Kind.CONCEPT: 180}


def warm_up(questions: Sequence[Question], rng: random.Random, minutes: int = 10) -> list[Question]:
    """A short mixed set of quick questions (choice, numeric, concept) whose target times add up
    to about `minutes`, easy and medium first, from as many topics as possible."""
    quick = [q for q in questions if q.kind in WARM_UP_KINDS]
    rng.shuffle(quick)
    order = {Difficulty.EASY: 0, Difficulty.MEDIUM: 1}
    quick.sort(key=lambda q: order.get(q.difficulty, 2))
    chosen: list[Question] = []
    topics: set[str] = set()
    budget = minutes * 60
    # Two passes: a question from each new topic first, then the rest, until the time is used.
    for fresh_topics_only in (True, False):
        for q in quick:
            if budget <= 0:
                return chosen
            if q in chosen or (fresh_topics_only and q.topic in topics):
                continue
            chosen.append(q)
            topics.add(q.topic)
            budget -= q.target_seconds or _QUICK_SECONDS[q.kind]
    return chosen


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
