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

_KIND_OUTCOMES = ("correct", "partial", "incorrect")


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
    by_topic: dict[str, list[Item]] = {}
    for item in items.values():
        by_topic.setdefault(item.topic, []).append(item)
    topics = sorted(by_topic)
    start_skill = {t: rng.uniform(0.2, 0.6) for t in topics}
    growth = {t: rng.uniform(0.05, 0.6) for t in topics}
    active_days = [d for d in range(days) if rng.random() < 0.75] or [days - 1]
    weights = [rng.uniform(0.4, 1.6) for _ in active_days]
    counts = [int(attempts * w / sum(weights)) for w in weights]
    for n in range(attempts - sum(counts)):  # what rounding left over, one each
        counts[n % len(counts)] += 1
    start = end - timedelta(days=days)
    session_rows, attempt_rows = [], []
    for day, count in zip(active_days, counts, strict=True):
        if not count:
            continue
        opens = start + timedelta(days=day, hours=rng.uniform(7, 12))
        # Spread the day's answers up to its end (or up to `end` on the last day).
        closes = min(start + timedelta(days=day + 1) - timedelta(minutes=1), end)
        step = max(1.0, (closes - opens).total_seconds() / (count + 1))
        clock = opens
        session_uid = uuid.uuid4().hex
        session_rows.append(
            (
                session_uid,
                "practice",
                iso(opens),
                iso(opens + timedelta(seconds=step * count)),
                "{}",
            )
        )
        progress = day / max(1, days - 1)
        focus = rng.sample(topics, k=min(3, len(topics)))
        for _ in range(count):
            topic = rng.choice(focus) if rng.random() < 0.8 else rng.choice(topics)
            item = rng.choice(by_topic[topic])
            skill = min(0.95, start_skill[topic] + growth[topic] * progress)
            roll = rng.random()
            outcome = (
                "correct" if roll < skill else "partial" if roll < skill + 0.1 else "incorrect"
            )
            spent = int(item.target_seconds * 1000 * rng.uniform(0.3, 1.6))
            clock += timedelta(seconds=step)
            attempt_rows.append((
                uuid.uuid4().hex, item.id, item.topic, item.kind, iso(clock), json.dumps("…"),
                outcome, {"correct": 1.0, "partial": 0.5}.get(outcome, 0.0), spent, session_uid,
                json.dumps({"target_seconds": item.target_seconds}),
            ))  # fmt: skip
    db = store.db
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO sessions (uid, mode, started_at, ended_at, config) VALUES (?, ?, ?, ?, ?)",
            session_rows,
        )
        ids = {r["uid"]: r["id"] for r in db.query("SELECT id, uid FROM sessions")}
        db.conn.executemany(
            "INSERT INTO attempts (uid, question_id, topic, kind, created_at, answer, outcome, "
            "score, time_spent_ms, session_id, details, source) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'practice')",
            [(*row[:9], ids[row[9]], row[10]) for row in attempt_rows],
        )
        for n in range(mocks):
            when = start + timedelta(days=days * (n + 1) / (mocks + 1), hours=18)
            overall = min(0.95, 0.35 + 0.5 * (n + 1) / mocks + rng.uniform(-0.08, 0.08))
            db.execute(
                "INSERT INTO mock_sessions (uid, preset_id, title, started_at, updated_at, "
                "finished_at, state, report, overall) VALUES (?, ?, ?, ?, ?, ?, '{}', '{}', ?)",
                [uuid.uuid4().hex, "ml-engineer", "ML engineer loop", iso(when),
                 iso(when + timedelta(hours=1)), iso(when + timedelta(hours=1)), overall],
            )  # fmt: skip
    store.rebuild_cards()
