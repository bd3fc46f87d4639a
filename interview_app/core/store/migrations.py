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


# Totals per UTC hour ("YYYY-MM-DDTHH") and per topic, kept by triggers so that the dashboard
# never scans every attempt; the reader folds hours into the user's local days.
_COUNTS = "attempts, graded, correct, partial, time_ms"
_ADD = """
    INSERT INTO {table} ({key}, {counts})
    VALUES ({value}, {sign}, {sign} * ({r}.outcome != 'unrated'), {sign} * ({r}.outcome = 'correct'),
            {sign} * ({r}.outcome = 'partial'), {sign} * coalesce({r}.time_spent_ms, 0))
    ON CONFLICT ({key}) DO UPDATE SET
        attempts = attempts + excluded.attempts, graded = graded + excluded.graded,
        correct = correct + excluded.correct, partial = partial + excluded.partial,
        time_ms = time_ms + excluded.time_ms;
"""


def _totals_sql(r: str, sign: int) -> str:
    return "".join(
        _ADD.format(table=table, key=key, value=value.format(r=r), counts=_COUNTS, sign=sign, r=r)
        for table, key, value in (
            ("activity_hours", "hour", "substr({r}.created_at, 1, 13)"),
            ("topic_totals", "topic", "{r}.topic"),
        )
    )


def _v4_review_and_activity(db: Database) -> None:
    db["review_cards"].create(
        {
            "item_id": str, "topic": str, "kind": str, "state": int, "step": int,
            "stability": float, "difficulty": float, "due": str, "last_review": str,
            "reviews": int, "lapses": int, "fails": int, "attempts": int, "score_sum": float,
            "first_score": float, "recent": float, "last_rating": int, "last_attempt_id": int,
            "first_seen": str, "last_fail": str,
        },
        pk="item_id",
        not_null={"topic", "kind"},
    )  # fmt: skip
    db["review_cards"].create_index(["due"])
    db["settings"].create({"key": str, "value": str}, pk="key")
    counts = (
        "attempts INTEGER NOT NULL, graded INTEGER NOT NULL, correct INTEGER NOT NULL, "
        "partial INTEGER NOT NULL, time_ms INTEGER NOT NULL"
    )
    db.execute(f"CREATE TABLE activity_hours (hour TEXT PRIMARY KEY, {counts}) WITHOUT ROWID")
    db.execute(f"CREATE TABLE topic_totals (topic TEXT PRIMARY KEY, {counts}) WITHOUT ROWID")
    add, remove = _totals_sql("NEW", 1), _totals_sql("OLD", -1)
    db.execute(f"CREATE TRIGGER totals_insert AFTER INSERT ON attempts BEGIN {add} END")
    db.execute(f"CREATE TRIGGER totals_delete AFTER DELETE ON attempts BEGIN {remove} END")
    db.execute(
        "CREATE TRIGGER totals_update AFTER UPDATE OF created_at, topic, outcome, time_spent_ms "
        f"ON attempts BEGIN {remove} {add} END"
    )
    sums = ("count(*), sum(outcome != 'unrated'), sum(outcome = 'correct'), "
            "sum(outcome = 'partial'), sum(coalesce(time_spent_ms, 0))")  # fmt: skip
    db.execute(
        f"INSERT INTO activity_hours SELECT substr(created_at, 1, 13), {sums} FROM attempts GROUP BY 1"
    )
    db.execute(f"INSERT INTO topic_totals SELECT topic, {sums} FROM attempts GROUP BY 1")
    # Cards for the history so far, replayed through the scheduler.
    from interview_app.core.store.reviews import rebuild_cards

    rebuild_cards(db)


def _v5_performance(db: Database) -> None:
    """Speed figures of accepted code, one row per attempt that has them, kept by triggers
    from the attempt's details (so imports fill it too) for the progress page's trend."""
    db.execute(
        "CREATE TABLE performance (attempt_id INTEGER PRIMARY KEY REFERENCES attempts(id), "
        "question_id TEXT NOT NULL, created_at TEXT NOT NULL, size INTEGER, ms REAL, "
        "reference_ms REAL, ratio REAL, growth REAL, reference_growth REAL, figures TEXT NOT NULL)"
    )
    db.execute("CREATE INDEX performance_item ON performance (question_id, created_at)")
    row = (
        "SELECT {r}.id, {r}.question_id, {r}.created_at, "
        "json_extract({r}.details, '$.performance.sizes[#-1]'), "
        "json_extract({r}.details, '$.performance.ms[#-1]'), "
        "json_extract({r}.details, '$.performance.reference_ms[#-1]'), "
        "json_extract({r}.details, '$.performance.ratio'), "
        "json_extract({r}.details, '$.performance.growth'), "
        "json_extract({r}.details, '$.performance.reference_growth'), "
        "json_extract({r}.details, '$.performance')"
    )
    has = "json_valid({r}.details) AND json_type({r}.details, '$.performance') = 'object'"
    insert = f"INSERT OR REPLACE INTO performance {row} WHERE {has};"
    db.execute(
        "CREATE TRIGGER performance_insert AFTER INSERT ON attempts BEGIN "
        + insert.format(r="NEW").replace(" WHERE", " FROM (SELECT 1) WHERE")
        + " END"
    )
    db.execute(
        "CREATE TRIGGER performance_delete AFTER DELETE ON attempts BEGIN "
        "DELETE FROM performance WHERE attempt_id = OLD.id; END"
    )
    db.execute(insert.format(r="attempts").replace(" WHERE", " FROM attempts WHERE"))


MIGRATIONS: list[Callable[[Database], None]] = [
    _v1_attempts_and_sessions,
    _v2_code_drafts,
    _v3_mock_interviews,
    _v4_review_and_activity,
    _v5_performance,
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
