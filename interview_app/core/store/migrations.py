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


# Hourly activity per topic, kept by triggers so that the dashboard never scans every attempt.
# Hours are UTC ("YYYY-MM-DDTHH"); the reader folds them into the user's local days.
_ACTIVITY_ADD = """
    INSERT INTO activity (hour, topic, attempts, graded, correct, partial, time_ms)
    VALUES (substr({r}.created_at, 1, 13), {r}.topic, {sign}, {sign} * ({r}.outcome != 'unrated'),
            {sign} * ({r}.outcome = 'correct'), {sign} * ({r}.outcome = 'partial'),
            {sign} * coalesce({r}.time_spent_ms, 0))
    ON CONFLICT (hour, topic) DO UPDATE SET
        attempts = attempts + excluded.attempts, graded = graded + excluded.graded,
        correct = correct + excluded.correct, partial = partial + excluded.partial,
        time_ms = time_ms + excluded.time_ms;
"""


def _v4_review_and_activity(db: Database) -> None:
    db["review_cards"].create(
        {
            "item_id": str, "topic": str, "kind": str, "state": int, "step": int,
            "stability": float, "difficulty": float, "due": str, "last_review": str,
            "reviews": int, "lapses": int, "fails": int, "attempts": int, "score_sum": float,
            "first_score": float, "last_rating": int, "last_attempt_id": int,
            "first_seen": str, "last_fail": str,
        },
        pk="item_id",
        not_null={"topic", "kind"},
    )  # fmt: skip
    db["review_cards"].create_index(["due"])
    db["settings"].create({"key": str, "value": str}, pk="key")
    db["activity"].create(
        {"hour": str, "topic": str, "attempts": int, "graded": int, "correct": int,
         "partial": int, "time_ms": int},
        pk=("hour", "topic"),
    )  # fmt: skip
    add, remove = _ACTIVITY_ADD.format(r="NEW", sign=1), _ACTIVITY_ADD.format(r="OLD", sign=-1)
    db.execute(f"CREATE TRIGGER activity_insert AFTER INSERT ON attempts BEGIN {add} END")
    db.execute(f"CREATE TRIGGER activity_delete AFTER DELETE ON attempts BEGIN {remove} END")
    db.execute(
        "CREATE TRIGGER activity_update AFTER UPDATE OF created_at, topic, outcome, time_spent_ms "
        f"ON attempts BEGIN {remove} {add} END"
    )
    db.execute(
        "INSERT INTO activity SELECT substr(created_at, 1, 13), topic, count(*), "
        "sum(outcome != 'unrated'), sum(outcome = 'correct'), sum(outcome = 'partial'), "
        "sum(coalesce(time_spent_ms, 0)) FROM attempts GROUP BY 1, 2"
    )
    # Cards for the history so far, replayed through the scheduler (imported here: only this step
    # needs it).
    from interview_app.core.store.reviews import rebuild_cards

    rebuild_cards(db)


MIGRATIONS: list[Callable[[Database], None]] = [
    _v1_attempts_and_sessions,
    _v2_code_drafts,
    _v3_mock_interviews,
    _v4_review_and_activity,
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
