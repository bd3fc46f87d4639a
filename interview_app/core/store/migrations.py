"""Schema migrations, applied in order; PRAGMA user_version records how far a database got."""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database


def _v1_attempts_and_sessions(db: Database) -> None:
    db["sessions"].create(
        {"id": int, "uid": str, "mode": str, "started_at": str, "ended_at": str, "config": str},
        pk="id",
        not_null={"uid", "mode", "started_at", "config"},
    )
    db["attempts"].create(
        {
            "id": int,
            "uid": str,  # stable across export/import, so merging never duplicates
            "question_id": str,
            "topic": str,
            "kind": str,
            "created_at": str,  # ISO 8601, UTC
            "answer": str,  # JSON
            "outcome": str,
            "score": float,
            "rating": int,
            "time_spent_ms": int,
            "session_id": int,
            "source": str,
            "details": str,  # JSON: key points ticked, option order, ...
        },
        pk="id",
        not_null={"uid", "question_id", "topic", "kind", "created_at", "answer", "outcome"},
        defaults={"source": "practice", "details": "{}", "time_spent_ms": 0},
        foreign_keys=[("session_id", "sessions", "id")],
    )
    db["sessions"].create_index(["uid"], unique=True)
    db["attempts"].create_index(["uid"], unique=True)
    db["attempts"].create_index(["question_id", "created_at"])
    db["attempts"].create_index(["created_at"])


def _v2_code_drafts(db: Database) -> None:
    db["drafts"].create(
        {"exercise_id": str, "source": str, "updated_at": str},
        pk="exercise_id",
        not_null={"source", "updated_at"},
    )


def _v3_mock_interviews(db: Database) -> None:
    db["mock_sessions"].create(
        {
            "id": int, "uid": str, "preset_id": str, "title": str, "started_at": str,
            "updated_at": str, "finished_at": str, "state": str, "report": str, "overall": float,
        },
        pk="id",
        not_null={"uid", "preset_id", "title", "started_at", "updated_at", "state"},
    )  # fmt: skip
    db["mock_sessions"].create_index(["uid"], unique=True)
    db["mock_sessions"].create_index(["preset_id", "started_at"])


MIGRATIONS: list[Callable[[Database], None]] = [
    _v1_attempts_and_sessions,
    _v2_code_drafts,
    _v3_mock_interviews,
]
LATEST_VERSION = len(MIGRATIONS)


def schema_version(db: Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: Database) -> int:
    """Bring the database to LATEST_VERSION; each step commits with its new version number."""
    version = schema_version(db)
    for number in range(version + 1, LATEST_VERSION + 1):
        with db.atomic():
            MIGRATIONS[number - 1](db)
            db.execute(f"PRAGMA user_version = {number}")
    return schema_version(db)
