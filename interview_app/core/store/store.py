"""Reads and writes of progress. One Store per connection; callers serialise access to it."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from interview_app.core.records import AttemptRecord, iso
from interview_app.core.review.cards import CardState
from interview_app.core.review.policy import ReviewPolicy
from interview_app.core.store import reviews
from interview_app.core.vocab import Rating

if TYPE_CHECKING:  # sqlite_utils takes ~100 ms to import: keep it off the window's start path
    from sqlite_utils import Database


class Store:
    def __init__(self, db: Database) -> None:
        self.db = db

    def close(self) -> None:
        self.db.close()

    @property
    def is_memory(self) -> bool:
        row = self.db.execute("PRAGMA database_list").fetchone()
        return not row[2]

    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def start_session(self, mode: str, config: dict[str, Any], now: datetime) -> int:
        with self.db.atomic():
            row = {"uid": uuid.uuid4().hex, "mode": mode, "started_at": iso(now)}
            row["config"] = json.dumps(config, sort_keys=True)
            return int(self.db["sessions"].insert(row).last_pk)

    def end_session(self, session_id: int, now: datetime) -> None:
        with self.db.atomic():
            self.db["sessions"].update(session_id, {"ended_at": iso(now)})

    def record_attempt(self, attempt: AttemptRecord) -> int:
        """Write one attempt in its own transaction; returns its row id."""
        details = dict(attempt.details)
        if attempt.target_seconds:
            details["target_seconds"] = int(attempt.target_seconds)
        row = {
            "uid": uuid.uuid4().hex,
            "question_id": attempt.question_id,
            "topic": attempt.topic,
            "kind": attempt.kind,
            "created_at": iso(attempt.created_at),
            "answer": json.dumps(attempt.answer, ensure_ascii=False),
            "outcome": attempt.outcome.value,
            "score": attempt.score,
            "rating": int(attempt.rating) if attempt.rating is not None else None,
            "time_spent_ms": max(0, int(attempt.time_spent_ms)),
            "session_id": attempt.session_id,
            "source": attempt.source,
            "details": json.dumps(details, ensure_ascii=False, sort_keys=True),
        }
        with self.db.atomic():
            attempt_id = int(self.db["attempts"].insert(row).last_pk)
            reviews.review_attempt(self.db, {**row, "id": attempt_id, "details": details})
            return attempt_id

    def rate_attempt(
        self, attempt_id: int, rating: Rating, score: float | None, details: dict[str, Any]
    ) -> None:
        """Record the user's self-rating (and what it was based on) for a revealed answer."""
        with self.db.atomic():
            self.db["attempts"].update(
                attempt_id,
                {
                    "rating": int(rating),
                    "outcome": rating.outcome.value,
                    "score": score,
                    "details": json.dumps(details, ensure_ascii=False, sort_keys=True),
                },
            )
            item = self.db.execute(
                "SELECT question_id FROM attempts WHERE id = ?", [attempt_id]
            ).fetchone()
            if item:
                reviews.rebuild_cards(self.db, [item[0]])

    # --- spaced review ---------------------------------------------------------------------

    def review_policy(self) -> ReviewPolicy:
        return reviews.read_policy(self.db)

    def set_review_policy(self, policy: ReviewPolicy) -> None:
        reviews.write_policy(self.db, policy)

    def review_cards(self) -> dict[str, CardState]:
        return reviews.read_cards(self.db)

    def rebuild_cards(self, item_ids: Iterable[str] | None = None) -> int:
        return reviews.rebuild_cards(self.db, item_ids)

    def override_rating(self, item_id: str, rating: Rating) -> None:
        """The user corrects the rating that last scheduled an item; its card is replayed."""
        with self.db.atomic():
            found = reviews.read_cards(self.db, [item_id]).get(item_id)
            if found is None or found.last_attempt_id is None:
                raise KeyError(f"{item_id} has no review to override")
            self.db["attempts"].update(found.last_attempt_id, {"rating": int(rating)})
            reviews.rebuild_cards(self.db, [item_id])

    def item_attempts(self, item_id: str, limit: int = 50) -> list[dict[str, Any]]:
        rows = self.db.query(
            "SELECT * FROM attempts WHERE question_id = ? ORDER BY created_at DESC, id DESC LIMIT ?",
            [item_id, limit],
        )
        return [_decode(r) for r in rows]

    def attempts_between(
        self, start: datetime, end: datetime, limit: int = 500
    ) -> list[dict[str, Any]]:
        rows = self.db.query(
            "SELECT * FROM attempts WHERE created_at >= ? AND created_at < ? "
            "ORDER BY created_at DESC, id DESC LIMIT ?",
            [iso(start), iso(end), limit],
        )
        return [_decode(r) for r in rows]

    def activity_by_hour(self) -> list[tuple[str, int, int, int, int, int]]:
        """(UTC hour, attempts, graded, correct, partial, time_ms), oldest first (from triggers)."""
        return self.db.execute(
            "SELECT hour, attempts, graded, correct, partial, time_ms FROM activity_hours "
            "WHERE attempts > 0 ORDER BY hour"
        ).fetchall()

    def activity_by_topic(self) -> dict[str, tuple[int, int, int, int]]:
        """Topic -> (attempts, graded, correct, partial)."""
        rows = self.db.execute(
            "SELECT topic, attempts, graded, correct, partial FROM topic_totals WHERE attempts > 0"
        )
        return {r[0]: tuple(r[1:]) for r in rows}

    def attempt(self, attempt_id: int) -> dict[str, Any]:
        return _decode(self.db["attempts"].get(attempt_id))

    def recent_attempts(self, limit: int = 200) -> list[dict[str, Any]]:
        rows = self.db.query(
            "SELECT * FROM attempts ORDER BY created_at DESC, id DESC LIMIT ?", [limit]
        )
        return [_decode(r) for r in rows]

    def last_outcomes(self, question_ids: Iterable[str] | None = None) -> dict[str, str]:
        """The latest outcome per question (all questions if none are named)."""
        sql = (
            "SELECT question_id, outcome FROM attempts a WHERE id = "
            "(SELECT id FROM attempts b WHERE b.question_id = a.question_id "
            "ORDER BY created_at DESC, id DESC LIMIT 1)"
        )
        result = {r["question_id"]: r["outcome"] for r in self.db.query(sql)}
        if question_ids is None:
            return result
        wanted = set(question_ids)
        return {k: v for k, v in result.items() if k in wanted}

    def performance_history(self, item_id: str, limit: int = 50) -> list[dict[str, Any]]:
        """Speed figures of an exercise's accepted attempts, oldest first (schema 5 on)."""
        rows = self.db.query(
            "SELECT attempt_id, created_at, size, ms, reference_ms, ratio, growth, "
            "reference_growth, figures FROM (SELECT * FROM performance WHERE question_id = ? "
            "ORDER BY created_at DESC, attempt_id DESC LIMIT ?) ORDER BY created_at, attempt_id",
            [item_id, limit],
        )
        return [{**r, "figures": json.loads(r["figures"])} for r in rows]

    def save_draft(self, exercise_id: str, source: str, now: datetime) -> None:
        with self.db.atomic():
            self.db["drafts"].upsert(
                {"exercise_id": exercise_id, "source": source, "updated_at": iso(now)},
                pk="exercise_id",
            )

    def draft(self, exercise_id: str) -> str | None:
        rows = list(self.db.query("SELECT source FROM drafts WHERE exercise_id = ?", [exercise_id]))
        return rows[0]["source"] if rows else None

    def solved(self, kind: str = "code") -> set[str]:
        """Ids of items of this kind answered correctly at least once."""
        sql = "SELECT DISTINCT question_id FROM attempts WHERE kind = ? AND outcome = 'correct'"
        return {r["question_id"] for r in self.db.query(sql, [kind])}

    def save_mock(self, mock_id: int | None, preset_id: str, title: str, state: dict[str, Any],
                  now: datetime) -> int:  # fmt: skip
        """Create or update a mock interview's saved state (called after every change)."""
        with self.db.atomic():
            if mock_id is None:
                row = {
                    "uid": uuid.uuid4().hex, "preset_id": preset_id, "title": title,
                    "started_at": iso(now), "updated_at": iso(now), "state": json.dumps(state),
                }  # fmt: skip
                return int(self.db["mock_sessions"].insert(row).last_pk)
            self.db["mock_sessions"].update(
                mock_id, {"state": json.dumps(state), "updated_at": iso(now)}
            )
            return mock_id

    def finish_mock(self, mock_id: int, state: dict[str, Any], report: dict[str, Any], overall: float,
                    attempts: list[AttemptRecord], now: datetime) -> None:  # fmt: skip
        """Close a mock interview: its final state, its report, and one attempt per item, together."""
        with self.db.atomic():
            self.db["mock_sessions"].update(mock_id, {
                "state": json.dumps(state), "report": json.dumps(report), "overall": overall,
                "finished_at": iso(now), "updated_at": iso(now),
            })  # fmt: skip
            for attempt in attempts:
                self.record_attempt(attempt)

    def unfinished_mock(self) -> dict[str, Any] | None:
        rows = list(self.db.query(
            "SELECT id, preset_id, title, state FROM mock_sessions WHERE finished_at IS NULL "
            "ORDER BY id DESC LIMIT 1"
        ))  # fmt: skip
        if not rows:
            return None
        return {**rows[0], "state": json.loads(rows[0]["state"])}

    def mock_history(self, preset_id: str | None = None) -> list[dict[str, Any]]:
        """Finished mock interviews, newest first (without their full state)."""
        sql = "SELECT id, preset_id, title, started_at, finished_at, overall, report FROM mock_sessions "
        sql += "WHERE finished_at IS NOT NULL" + (" AND preset_id = ?" if preset_id else "")
        rows = self.db.query(
            sql + " ORDER BY started_at DESC, id DESC", [preset_id] if preset_id else []
        )
        return [{**r, "report": json.loads(r["report"] or "{}")} for r in rows]

    def counts(self) -> dict[str, int]:
        return {
            "attempts": self.db["attempts"].count,
            "sessions": self.db["sessions"].count,
        }


def _decode(row: dict[str, Any]) -> dict[str, Any]:
    out = dict(row)
    out["answer"] = json.loads(out["answer"])
    out["details"] = json.loads(out.get("details") or "{}")
    return out
