"""The progress store: attempts written at once, migrations, and bad databases never overwritten."""

from __future__ import annotations

import sqlite3
import threading
from datetime import timedelta
from pathlib import Path

import pytest

from interview_app.core.store import AttemptRecord, StoreStatus, open_store
from interview_app.core.store.migrations import LATEST_VERSION
from interview_app.core.vocab import Outcome, Rating


def _attempt(now, **overrides) -> AttemptRecord:
    values = dict(
        question_id="q1",
        topic="alpha",
        kind="numeric",
        created_at=now,
        answer="0.5",
        outcome=Outcome.CORRECT,
        time_spent_ms=1234,
        score=1.0,
    )
    values.update(overrides)
    return AttemptRecord(**values)


def test_new_database_is_created_in_wal_mode(tmp_path: Path, now) -> None:
    result = open_store(tmp_path / "d", now)
    assert result.status is StoreStatus.CREATED and result.status.saving
    assert result.store.schema_version() == LATEST_VERSION
    mode = result.store.db.execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"
    result.store.close()
    again = open_store(tmp_path / "d", now)
    assert again.status is StoreStatus.OK and again.message == ""


def test_attempts_survive_reopening(tmp_path: Path, now) -> None:
    first = open_store(tmp_path, now)
    session = first.store.start_session("practice", {"topics": ["alpha"]}, now)
    attempt_id = first.store.record_attempt(
        _attempt(now, session_id=session, details={"hint_used": True})
    )
    concept = first.store.record_attempt(
        _attempt(
            now + timedelta(seconds=5),
            question_id="q2",
            kind="concept",
            answer="text",
            outcome=Outcome.UNRATED,
            score=None,
        )
    )
    first.store.rate_attempt(concept, Rating.HARD, 0.5, {"key_points_covered": [0]})
    first.store.end_session(session, now + timedelta(minutes=1))
    first.store.close()

    store = open_store(tmp_path, now).store
    row = store.attempt(attempt_id)
    assert row["answer"] == "0.5" and row["details"] == {"hint_used": True}
    assert row["created_at"] == "2026-03-14T09:26:53.000+00:00" and row["session_id"] == session
    rated = store.attempt(concept)
    assert (rated["rating"], rated["outcome"], rated["score"]) == (2, "partial", 0.5)
    assert [r["question_id"] for r in store.recent_attempts()] == ["q2", "q1"]
    assert store.last_outcomes() == {"q1": "correct", "q2": "partial"}
    assert store.last_outcomes(["q1"]) == {"q1": "correct"}
    assert store.counts() == {"attempts": 2, "sessions": 1}


def test_naive_timestamps_are_refused(tmp_path: Path, now) -> None:
    store = open_store(tmp_path, now).store
    with pytest.raises(ValueError, match="timezone"):
        store.record_attempt(_attempt(now.replace(tzinfo=None)))
    assert store.counts()["attempts"] == 0


def test_corrupt_database_is_moved_aside_not_overwritten(tmp_path: Path, now) -> None:
    garbage = b"this is not a database" * 500
    (tmp_path / "progress.db").write_bytes(garbage)
    (tmp_path / "progress.db-wal").write_bytes(b"wal bytes")
    result = open_store(tmp_path, now)
    assert result.status is StoreStatus.MOVED_ASIDE and result.status.saving
    assert result.moved_to is not None and result.moved_to.read_bytes() == garbage
    assert Path(str(result.moved_to) + "-wal").read_bytes() == b"wal bytes"
    assert result.moved_to.name in result.message and "new, empty one" in result.message
    assert result.store.record_attempt(_attempt(now)) == 1
    # A second corrupt file on the same second does not clobber the first one set aside.
    result.store.close()
    for side in tmp_path.glob("progress.db*"):
        side.unlink()
    (tmp_path / "progress.db").write_bytes(b"second" * 1000)
    second = open_store(tmp_path, now)
    assert second.moved_to != result.moved_to and result.moved_to.read_bytes() == garbage


def test_damaged_pages_are_detected(tmp_path: Path, now) -> None:
    first = open_store(tmp_path, now)
    for n in range(300):
        first.store.record_attempt(_attempt(now, question_id=f"q{n}", answer="x" * 200))
    first.store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    first.store.close()
    path = tmp_path / "progress.db"
    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 3 + 2000] = b"\xff" * 2000
    path.write_bytes(bytes(data))
    result = open_store(tmp_path, now)
    assert result.status is StoreStatus.MOVED_ASIDE
    assert result.moved_to.read_bytes() == bytes(data)


def test_newer_schema_is_left_untouched(tmp_path: Path, now) -> None:
    path = tmp_path / "progress.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE future (x)")
        conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    conn.close()
    before = path.read_bytes()
    result = open_store(tmp_path, now)
    assert result.status is StoreStatus.NEWER_SCHEMA and not result.status.saving
    assert "newer version" in result.message and result.store.is_memory
    result.store.record_attempt(_attempt(now))  # the session still works, in memory
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["progress.db"]


def test_foreign_sqlite_file_is_moved_aside(tmp_path: Path, now) -> None:
    path = tmp_path / "progress.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE someone_elses (x)")
    conn.close()
    before = path.read_bytes()
    result = open_store(tmp_path, now)
    assert result.status is StoreStatus.MOVED_ASIDE and result.moved_to.read_bytes() == before


def test_locked_database_is_left_alone(tmp_path: Path, now, monkeypatch) -> None:
    monkeypatch.setattr("interview_app.core.store.opening.BUSY_TIMEOUT_MS", 200)
    open_store(tmp_path, now).store.close()
    path = tmp_path / "progress.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA journal_mode=DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = open_store(tmp_path, now)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.status is StoreStatus.LOCKED and not result.status.saving
    assert "locked" in result.message and result.store.is_memory
    assert not list(tmp_path.glob("progress.corrupt*"))


def test_unwritable_data_dir_falls_back_to_memory(tmp_path: Path, now) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = open_store(blocker / "sub", now)
    assert result.status is StoreStatus.UNAVAILABLE and result.store.is_memory


def test_migration_from_an_empty_file(tmp_path: Path, now) -> None:
    (tmp_path / "progress.db").write_bytes(b"")
    result = open_store(tmp_path, now)
    assert result.status is StoreStatus.CREATED and result.store.schema_version() == LATEST_VERSION


def test_writes_from_one_thread_are_serialised(tmp_path: Path, now) -> None:
    """The GUI runs every store call on one thread; the store works there, not on the opener's."""
    holder: dict[str, object] = {}

    def work() -> None:
        store = open_store(tmp_path, now).store
        for n in range(50):
            store.record_attempt(_attempt(now, question_id=f"q{n}"))
        holder["count"] = store.counts()["attempts"]
        store.close()

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert holder["count"] == 50


def test_drafts_and_solved(tmp_path: Path, now) -> None:
    store = open_store(tmp_path, now).store
    assert store.draft("kmeans") is None
    store.save_draft("kmeans", "def kmeans(): pass", now)
    store.save_draft("kmeans", "def kmeans(): return 1", now + timedelta(seconds=1))
    assert store.draft("kmeans") == "def kmeans(): return 1"
    store.record_attempt(_attempt(now, question_id="kmeans", kind="code"))
    store.record_attempt(
        _attempt(now, question_id="two-sum", kind="code", outcome=Outcome.INCORRECT)
    )
    assert store.solved() == {"kmeans"}


def test_migration_from_v1_keeps_data_and_a_backup(tmp_path: Path, now) -> None:
    from sqlite_utils import Database

    from interview_app.core.store.migrations import MIGRATIONS

    db = Database(tmp_path / "progress.db")
    with db.atomic():
        MIGRATIONS[0](db)
        db.execute("PRAGMA user_version = 1")
    db["attempts"].insert(
        {"uid": "u1", "question_id": "q", "topic": "t", "kind": "concept",
         "created_at": "2026-01-01T00:00:00.000+00:00", "answer": '"a"', "outcome": "correct"}
    )  # fmt: skip
    db.close()
    result = open_store(tmp_path, now)
    assert result.status is StoreStatus.MIGRATED and result.store.schema_version() == LATEST_VERSION
    assert result.store.counts()["attempts"] == 1
    assert result.backup is not None and result.backup.parent.name == "backups"
    with sqlite3.connect(result.backup) as copy:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
        assert copy.execute("SELECT count(*) FROM attempts").fetchone()[0] == 1


def test_mock_sessions_are_saved_resumed_and_finished(tmp_path: Path, now) -> None:
    store = open_store(tmp_path, now).store
    mock = store.save_mock(None, "p", "Preset", {"elapsed_s": 0}, now)
    store.save_mock(mock, "p", "Preset", {"elapsed_s": 42}, now + timedelta(seconds=42))
    assert store.unfinished_mock() == {
        "id": mock,
        "preset_id": "p",
        "title": "Preset",
        "state": {"elapsed_s": 42},
    }
    attempt = _attempt(now, question_id="q9", source="mock")
    store.finish_mock(
        mock, {"elapsed_s": 50}, {"overall": 0.5}, 0.5, [attempt], now + timedelta(minutes=1)
    )
    assert store.unfinished_mock() is None
    (row,) = store.mock_history("p")
    assert row["overall"] == 0.5 and row["report"] == {"overall": 0.5}
    assert store.counts()["attempts"] == 1
