"""Mastery on synthetic histories; the store's cards and totals; export, import, and the CLI."""

from __future__ import annotations

import dataclasses
import json
import random
import re
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from interview_app.cli import main
from interview_app.core.progress.dashboard import load_dashboard
from interview_app.core.progress.summary import summary
from interview_app.core.progress.synthetic import seed_history
from interview_app.core.progress.transfer import (
    ImportProblem,
    export_csv,
    export_json,
    import_data,
    read_export,
)
from interview_app.core.records import AttemptRecord
from interview_app.core.review.cards import replay
from interview_app.core.review.catalogue import Item
from interview_app.core.review.mastery import topic_mastery, weakest_topics
from interview_app.core.review.policy import ReviewPolicy
from interview_app.core.store import open_store
from interview_app.core.vocab import Outcome, Rating

NOW = datetime(2026, 6, 1, 12, tzinfo=UTC)
ITEMS = {
    f"{t}{i}": Item(f"{t}{i}", t, "choice", f"{t} {i}", "easy", 60, "because")
    for t in ("alpha", "beta", "gamma")
    for i in range(5)
}


def history(
    item: str, topic: str, outcomes: list[str], start: datetime, gap_days: float
) -> list[dict]:
    return [
        {"id": n, "question_id": item, "topic": topic, "kind": "choice",
         "created_at": (start + timedelta(days=n * gap_days)).isoformat(), "outcome": o,
         "rating": None, "time_spent_ms": 40_000, "details": {}}
        for n, o in enumerate(outcomes)
    ]  # fmt: skip


def mastery_of(rows: list[dict], now: datetime = NOW):
    rows = sorted(rows, key=lambda r: r["created_at"])
    return topic_mastery(replay(rows, ReviewPolicy()).values(), ITEMS, now)


def test_an_improving_learner_masters_more_than_one_who_keeps_failing() -> None:
    start = NOW - timedelta(days=30)
    improving = [r for i in range(5) for r in
                 history(f"alpha{i}", "alpha", ["incorrect", "partial", "correct", "correct"], start, 7)]  # fmt: skip
    failing = [r for i in range(5) for r in
               history(f"beta{i}", "beta", ["incorrect", "incorrect", "partial", "incorrect"], start, 7)]  # fmt: skip
    m = mastery_of(improving + failing)
    assert m["alpha"].mastery > 0.7 > 0.4 > m["beta"].mastery
    assert weakest_topics(m) == ["beta", "alpha"]  # gamma has no history


def test_mastery_fades_when_a_topic_is_left_alone() -> None:
    rows = [
        r
        for i in range(5)
        for r in history(f"alpha{i}", "alpha", ["correct"] * 2, NOW - timedelta(days=200), 3)
    ]
    recent = mastery_of(rows, NOW - timedelta(days=190))["alpha"].mastery
    later = mastery_of(rows, NOW)["alpha"].mastery
    assert recent > 0.9 and later < recent - 0.25


def test_few_attempts_leave_mastery_unsure() -> None:
    one = mastery_of(history("alpha0", "alpha", ["correct"], NOW - timedelta(days=1), 1))["alpha"]
    many = mastery_of([r for i in range(5) for r in
                       history(f"alpha{i}", "alpha", ["correct"] * 6, NOW - timedelta(days=40), 6)])["alpha"]  # fmt: skip
    assert one.sureness == "unsure" and many.sureness == "sure"
    assert one.confidence < 0.1 < 0.8 < many.confidence
    untried = mastery_of([])["gamma"]
    assert not untried.started and untried.sureness == "not started"
    assert (untried.mastery, untried.confidence) == (0.0, 0.0)


def test_mastery_reads_like_the_record_just_after_practice() -> None:
    """Two of three right a minute ago is 67 %, not 25 %; a just-failed item recalls 0 %."""
    from interview_app.core.review.mastery import recall_now

    start = NOW - timedelta(minutes=3)
    rows = [
        *history("alpha0", "alpha", ["correct"], start, 0),
        *history("alpha1", "alpha", ["correct"], start + timedelta(minutes=1), 0),
        *history("alpha2", "alpha", ["incorrect"], start + timedelta(minutes=2), 0),
    ]
    for n, row in enumerate(rows):
        row["id"] = n
    cards = replay(sorted(rows, key=lambda r: r["created_at"]), ReviewPolicy())
    m = topic_mastery(cards.values(), ITEMS, NOW)
    assert m["alpha"].mastery == pytest.approx(2 / 3, abs=0.01)
    assert recall_now(cards["alpha2"], NOW) == 0.0
    assert recall_now(cards["alpha0"], NOW) == pytest.approx(1.0, abs=0.01)
    assert not m["gamma"].started


def test_weakest_never_lists_a_topic_answered_all_right() -> None:
    start = NOW - timedelta(days=2)
    rows = [*history("alpha0", "alpha", ["correct", "correct"], start, 1),
            *history("beta0", "beta", ["incorrect"], start, 1)]  # fmt: skip
    for n, row in enumerate(rows):
        row["id"] = n
    m = mastery_of(rows)
    assert weakest_topics(m) == ["beta"]


# --- the store ------------------------------------------------------------------------------


def record(store, item: str, outcome: Outcome, at: datetime, seconds: float = 40, **kw) -> int:
    return store.record_attempt(AttemptRecord(
        question_id=item, topic=ITEMS[item].topic, kind="choice", created_at=at, answer="x",
        outcome=outcome, time_spent_ms=int(seconds * 1000), target_seconds=60, **kw,
    ))  # fmt: skip


def test_recording_an_attempt_schedules_its_card(data_dir: Path) -> None:
    store = open_store(data_dir, NOW).store
    record(store, "alpha0", Outcome.CORRECT, NOW)
    card = store.review_cards()["alpha0"]
    assert card.due == NOW + timedelta(days=2) and card.last_rating == Rating.GOOD
    attempt_id = record(store, "beta0", Outcome.UNRATED, NOW)
    assert "beta0" not in store.review_cards()  # waits for the user's rating
    store.rate_attempt(attempt_id, Rating.EASY, 1.0, {})
    assert store.review_cards()["beta0"].due == NOW + timedelta(days=8)
    store.override_rating("alpha0", Rating.AGAIN)
    overridden = store.review_cards()["alpha0"]
    assert overridden.due == NOW + timedelta(days=1) and overridden.fails == 1
    store.close()


def test_totals_follow_inserts_updates_and_deletes(data_dir: Path) -> None:
    store = open_store(data_dir, NOW).store
    first = record(store, "alpha0", Outcome.CORRECT, NOW)
    record(store, "alpha1", Outcome.INCORRECT, NOW + timedelta(hours=1))
    pending = record(store, "beta0", Outcome.UNRATED, NOW + timedelta(hours=1))
    store.rate_attempt(pending, Rating.HARD, 0.5, {})
    store.db.execute("DELETE FROM attempts WHERE id = ?", [first])
    by_topic = store.activity_by_topic()
    assert by_topic == {"alpha": (1, 1, 0, 0), "beta": (1, 1, 0, 1)}
    hours = store.activity_by_hour()
    assert [h[:5] for h in hours] == [("2026-06-01T13", 2, 2, 0, 1)]
    store.close()


def test_opening_an_older_database_backs_it_up_and_builds_cards(data_dir: Path) -> None:
    from interview_app.core.store import migrations

    data_dir.mkdir(parents=True)
    db_path = data_dir / "progress.db"
    conn = sqlite3.connect(db_path)
    from sqlite_utils import Database

    old = Database(conn)
    for step in migrations.MIGRATIONS[:3]:
        step(old)
    conn.execute("PRAGMA user_version = 3")
    conn.execute(
        "INSERT INTO attempts (uid, question_id, topic, kind, created_at, answer, outcome, "
        "time_spent_ms, details) VALUES ('u1', 'alpha0', 'alpha', 'choice', ?, '\"x\"', 'correct', "
        "40000, '{}')", [NOW.isoformat()]
    )  # fmt: skip
    conn.commit()
    conn.close()
    opened = open_store(data_dir, NOW)
    assert (
        opened.status.value == "migrated" and opened.backup is not None and opened.backup.exists()
    )
    assert opened.store.review_cards()["alpha0"].due == NOW + timedelta(days=2)
    assert opened.store.activity_by_topic() == {"alpha": (1, 1, 1, 0)}
    opened.store.close()


# --- export and import ----------------------------------------------------------------------


@pytest.fixture
def seeded(data_dir: Path):
    store = open_store(data_dir, NOW).store
    store.set_review_policy(ReviewPolicy(interview_date=(NOW + timedelta(days=20)).date()))
    seed_history(store, ITEMS, NOW, days=20, attempts=300, rng=random.Random(3), mocks=2)
    yield store
    store.close()


def test_export_then_import_into_an_empty_database_gives_the_same_summary(seeded, tmp_path) -> None:
    expected = summary(load_dashboard(seeded, ITEMS, NOW, UTC))
    path = tmp_path / "export.json"
    path.write_text(json.dumps(export_json(seeded, NOW)), encoding="utf-8")

    fresh = open_store(tmp_path / "other", NOW).store
    result = import_data(fresh, read_export(path), NOW)
    assert result.attempts == 300 and result.mocks == 2 and result.backup is not None
    assert summary(load_dashboard(fresh, ITEMS, NOW, UTC)) == expected
    assert fresh.review_cards() == seeded.review_cards()

    again = import_data(fresh, read_export(path), NOW)
    assert (again.attempts, again.sessions, again.mocks) == (0, 0, 0)
    assert again.skipped == result.attempts + result.sessions + result.mocks
    assert summary(load_dashboard(fresh, ITEMS, NOW, UTC)) == expected
    fresh.close()


def test_csv_export_round_trips_attempts_and_sessions(seeded, tmp_path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(export_csv(seeded), encoding="utf-8")
    fresh = open_store(tmp_path / "other", NOW).store
    fresh.set_review_policy(seeded.review_policy())
    result = import_data(fresh, read_export(path), NOW)
    assert result.attempts == 300 and result.sessions == seeded.counts()["sessions"]
    assert fresh.review_cards() == seeded.review_cards()
    fresh.close()


def test_import_merges_two_machines_without_duplicates(seeded, tmp_path) -> None:
    other = open_store(tmp_path / "laptop", NOW).store
    record(other, "gamma0", Outcome.CORRECT, NOW - timedelta(days=1))
    import_data(other, export_json(seeded, NOW), NOW)
    import_data(seeded, export_json(other, NOW), NOW)
    assert seeded.counts() == other.counts()

    def schedule(store) -> dict:  # row ids differ between the two databases; the rest may not
        return {
            k: dataclasses.replace(c, last_attempt_id=None) for k, c in store.review_cards().items()
        }

    assert schedule(seeded) == schedule(other)
    other.close()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{", "not valid JSON"),
        ('{"format": "something-else"}', "not a progress export"),
        (
            '{"format": "interview-app-progress", "version": 1, "attempts": [{"uid": "a"}]}',
            "attempts[0].question_id: missing",
        ),
        (
            '{"format": "interview-app-progress", "version": 1, "attempts": [{"uid": "a", '
            '"question_id": "q", "topic": "t", "kind": "choice", "created_at": "2026-01-01", '
            '"outcome": "correct"}]}',
            "attempts[0].created_at: not an ISO 8601 time with a zone",
        ),
        (
            '{"format": "interview-app-progress", "version": 1, "attempts": [{"uid": "a", '
            '"question_id": "q", "topic": "t", "kind": "choice", "created_at": "2026-01-01T00:00Z", '
            '"outcome": "great"}]}',
            "attempts[0].outcome",
        ),
        ("a,b\n1,2\n", "no column 'uid'"),
    ],
)
def test_a_malformed_export_is_refused_naming_the_field(tmp_path, content, message) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportProblem, match=re.escape(message)) as caught:
        read_export(path)
    assert str(path) in str(caught.value)


# --- the command line ------------------------------------------------------------------------


def test_progress_commands_round_trip(data_dir: Path, tmp_path: Path, capsys) -> None:
    store = open_store(data_dir, NOW).store
    record(store, "alpha0", Outcome.CORRECT, datetime.now(UTC) - timedelta(days=3))
    store.close()
    assert main(["progress", "summary", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"attempts", "sessions", "topics", "weakest"} <= set(data)
    assert data["attempts"] == 1 and data["weakest"] == []  # one right answer is not weak
    assert set(data["topics"]["alpha"]) >= {"attempts", "accuracy", "mastery", "due"}
    assert data["topics"]["alpha"]["attempts"] == 1 and data["topics"]["alpha"]["accuracy"] == 1.0

    out = tmp_path / "p.json"
    assert main(["progress", "export", "-o", str(out)]) == 0
    assert main(["progress", "export", "--format", "csv"]) == 0
    assert capsys.readouterr().out.startswith("uid,created_at,question_id")
    assert main(["progress", "import", str(out)]) == 0
    assert "imported 0 attempts" in capsys.readouterr().out
    assert list((data_dir / "backups").glob("progress-before-import-*.db"))

    bad = tmp_path / "bad.json"
    bad.write_text("[]", encoding="utf-8")
    assert main(["progress", "import", str(bad)]) == 1
    assert "not a progress export" in capsys.readouterr().err

    assert main(["progress", "interview-date", "2030-01-02"]) == 0
    assert main(["progress", "summary", "--json"]) == 0
    assert json.loads(capsys.readouterr().out.split("\n", 1)[1])["interview_date"] == "2030-01-02"
