"""A made-up but plausible practice history: for the benchmark, the GUI tests and screenshots.

The learner improves at different speeds per topic, practises on most days in sessions of a
few dozen answers, and takes a mock interview now and then.
"""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Mapping
from datetime import datetime, timedelta

from interview_app.core.records import iso
from interview_app.core.review.catalogue import Item
from interview_app.core.store import Store


def seed_history(
    store: Store,
    items: Mapping[str, Item],
    end: datetime,
    days: int,
    attempts: int,
    rng: random.Random,
    mocks: int = 12,
) -> None:
    """Write about `attempts` attempts spread over the `days` before `end`, then build the cards."""
    learner = _Learner(items, rng)
    start = end - timedelta(days=days)
    sessions, rows = [], []
    for day, count in _day_counts(rng, days, attempts):
        opens = start + timedelta(days=day, hours=rng.uniform(7, 12))
        # Spread the day's answers up to its end (or up to `end` on the last day).
        closes = min(start + timedelta(days=day + 1) - timedelta(minutes=1), end)
        step = timedelta(seconds=max(1.0, (closes - opens).total_seconds() / (count + 1)))
        session_uid = uuid.uuid4().hex
        sessions.append((session_uid, "practice", iso(opens), iso(opens + step * count), "{}"))
        progress, focus = day / max(1, days - 1), learner.focus(rng)
        for n in range(1, count + 1):
            item, outcome, spent = learner.answer(rng, progress, focus)
            rows.append((
                uuid.uuid4().hex, item.id, item.topic, item.kind, iso(opens + step * n),
                json.dumps("…"), outcome, _SCORE.get(outcome, 0.0), spent, session_uid,
                json.dumps({"target_seconds": item.target_seconds}),
            ))  # fmt: skip
    _write(store, sessions, rows, _mock_rows(rng, start, days, mocks))
    store.rebuild_cards()


_SCORE = {"correct": 1.0, "partial": 0.5}


class _Learner:
    """Per-topic skill that starts somewhere between weak and fair and grows at its own pace."""

    def __init__(self, items: Mapping[str, Item], rng: random.Random) -> None:
        self.by_topic: dict[str, list[Item]] = {}
        for item in items.values():
            self.by_topic.setdefault(item.topic, []).append(item)
        self.topics = sorted(self.by_topic)
        self.start = {t: rng.uniform(0.2, 0.6) for t in self.topics}
        self.growth = {t: rng.uniform(0.05, 0.6) for t in self.topics}

    def focus(self, rng: random.Random) -> list[str]:
        """The few topics a day's session is mostly about."""
        return rng.sample(self.topics, k=min(3, len(self.topics)))

    def answer(
        self, rng: random.Random, progress: float, focus: list[str]
    ) -> tuple[Item, str, int]:
        topic = rng.choice(focus) if rng.random() < 0.8 else rng.choice(self.topics)
        item = rng.choice(self.by_topic[topic])
        skill = min(0.95, self.start[topic] + self.growth[topic] * progress)
        roll = rng.random()
        outcome = "correct" if roll < skill else "partial" if roll < skill + 0.1 else "incorrect"
        return item, outcome, int(item.target_seconds * 1000 * rng.uniform(0.3, 1.6))


def _day_counts(rng: random.Random, days: int, attempts: int) -> list[tuple[int, int]]:
    """(day, answers) for the days with practice (about three in four), adding up to `attempts`."""
    active = [d for d in range(days) if rng.random() < 0.75] or [days - 1]
    weights = [rng.uniform(0.4, 1.6) for _ in active]
    counts = [int(attempts * w / sum(weights)) for w in weights]
    for n in range(attempts - sum(counts)):  # what rounding left over, one each
        counts[n % len(counts)] += 1
    return [(day, count) for day, count in zip(active, counts, strict=True) if count]


def _mock_rows(rng: random.Random, start: datetime, days: int, mocks: int) -> list[list]:
    rows = []
    for n in range(mocks):
        when = start + timedelta(days=days * (n + 1) / (mocks + 1), hours=18)
        overall = min(0.95, 0.35 + 0.5 * (n + 1) / mocks + rng.uniform(-0.08, 0.08))
        done = iso(when + timedelta(hours=1))
        rows.append(
            [uuid.uuid4().hex, "ml-engineer", "ML engineer loop", iso(when), done, done, overall]
        )
    return rows


def _write(store: Store, sessions: list[tuple], rows: list[tuple], mocks: list[list]) -> None:
    db = store.db
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO sessions (uid, mode, started_at, ended_at, config) VALUES (?, ?, ?, ?, ?)",
            sessions,
        )
        ids = {r["uid"]: r["id"] for r in db.query("SELECT id, uid FROM sessions")}
        db.conn.executemany(
            "INSERT INTO attempts (uid, question_id, topic, kind, created_at, answer, outcome, "
            "score, time_spent_ms, session_id, details, source) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'practice')",
            [(*row[:9], ids[row[9]], row[10]) for row in rows],
        )
        db.conn.executemany(
            "INSERT INTO mock_sessions (uid, preset_id, title, started_at, updated_at, "
            "finished_at, state, report, overall) VALUES (?, ?, ?, ?, ?, ?, '{}', '{}', ?)",
            mocks,
        )
