"""Export every attempt, session and review state; import such a file back without duplicates.

Rows are matched by their `uid`, so importing the same file twice adds nothing. Review cards are
not copied but replayed from the merged history, so they always agree with the attempts.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from interview_app import __version__
from interview_app.core.records import iso
from interview_app.core.vocab import Outcome

if TYPE_CHECKING:
    from interview_app.core.store import Store

FORMAT = "interview-app-progress"
FORMAT_VERSION = 1
CSV_COLUMNS = (
    "uid", "created_at", "question_id", "topic", "kind", "outcome", "score", "rating",
    "time_spent_ms", "source", "answer", "details", "session_uid", "session_mode",
    "session_started_at", "session_ended_at", "card_due", "card_stability", "card_difficulty",
    "card_reviews", "card_lapses",
)  # fmt: skip
_ATTEMPT_FIELDS = ("uid", "question_id", "topic", "kind", "created_at", "answer", "outcome",
                   "score", "rating", "time_spent_ms", "source", "details")  # fmt: skip
_MOCK_FIELDS = ("uid", "preset_id", "title", "started_at", "updated_at", "finished_at", "state",
                "report", "overall")  # fmt: skip


class ImportProblem(ValueError):
    """The file is not a progress export; the message names the file and the field."""


@dataclass(frozen=True)
class ImportResult:
    sessions: int
    attempts: int
    mocks: int
    skipped: int  # rows already present
    backup: Path | None


def export_json(store: Store, now: datetime) -> dict[str, Any]:
    db = store.db
    sessions = [
        {**r, "config": json.loads(r["config"] or "{}")}
        for r in db.query(
            "SELECT uid, mode, started_at, ended_at, config FROM sessions ORDER BY id"
        )
    ]
    attempts = [
        {**r, "answer": json.loads(r["answer"]), "details": json.loads(r["details"] or "{}")}
        for r in db.query(
            f"SELECT {', '.join('a.' + f for f in _ATTEMPT_FIELDS)}, s.uid AS session_uid "
            "FROM attempts a LEFT JOIN sessions s ON s.id = a.session_id ORDER BY a.created_at, a.id"
        )
    ]
    mocks = [
        {**r, "state": json.loads(r["state"]), "report": json.loads(r["report"] or "null")}
        for r in db.query(f"SELECT {', '.join(_MOCK_FIELDS)} FROM mock_sessions ORDER BY id")
    ]
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "app_version": __version__,
        "exported_at": iso(now),
        "settings": {r["key"]: r["value"] for r in db.query("SELECT key, value FROM settings")},
        "sessions": sessions,
        "attempts": attempts,
        "mock_sessions": mocks,
        "review_cards": list(db.query("SELECT * FROM review_cards ORDER BY item_id")),
        "drafts": list(db.query("SELECT exercise_id, source, updated_at FROM drafts")),
    }


def export_csv(store: Store) -> str:
    """One row per attempt, with its session and its item's review state: for spreadsheets."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    sql = (
        "SELECT a.uid, a.created_at, a.question_id, a.topic, a.kind, a.outcome, a.score, a.rating, "
        "a.time_spent_ms, a.source, a.answer, a.details, s.uid, s.mode, s.started_at, s.ended_at, "
        "c.due, c.stability, c.difficulty, c.reviews, c.lapses FROM attempts a "
        "LEFT JOIN sessions s ON s.id = a.session_id "
        "LEFT JOIN review_cards c ON c.item_id = a.question_id ORDER BY a.created_at, a.id"
    )
    for row in store.db.execute(sql):
        writer.writerow(["" if v is None else v for v in row])
    return out.getvalue()


def read_export(path: Path) -> dict[str, Any]:
    """Load a JSON or CSV export into the JSON shape, checking every field that import uses."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ImportProblem(f"{path}: cannot read: {exc}") from None
    if text.lstrip().startswith("{"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ImportProblem(f"{path}:{exc.lineno}: not valid JSON: {exc.msg}") from None
    else:
        data = _from_csv(path, text)
    _check(path, data)
    return data


def import_data(store: Store, data: dict[str, Any], now: datetime) -> ImportResult:
    """Merge an export into the store (after a backup of the database file)."""
    backup = backup_database(store, "before-import", now)
    db = store.db
    added_sessions = added_attempts = added_mocks = skipped = 0
    touched: set[str] = set()
    with db.atomic():
        for s in data.get("sessions", []):
            cursor = db.execute(
                "INSERT OR IGNORE INTO sessions (uid, mode, started_at, ended_at, config) "
                "VALUES (?, ?, ?, ?, ?)",
                [s["uid"], s["mode"], _utc(s["started_at"]), _utc(s.get("ended_at")),
                 json.dumps(s.get("config") or {}, sort_keys=True)],
            )  # fmt: skip
            added_sessions += cursor.rowcount
            skipped += 1 - cursor.rowcount
        session_ids = {r["uid"]: r["id"] for r in db.query("SELECT id, uid FROM sessions")}
        for a in data.get("attempts", []):
            cursor = db.execute(
                "INSERT OR IGNORE INTO attempts (uid, question_id, topic, kind, created_at, answer, "
                "outcome, score, rating, time_spent_ms, source, details, session_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [a["uid"], a["question_id"], a["topic"], a["kind"], _utc(a["created_at"]),
                 json.dumps(a.get("answer"), ensure_ascii=False), a["outcome"], a.get("score"),
                 a.get("rating"), int(a.get("time_spent_ms") or 0), a.get("source") or "practice",
                 json.dumps(a.get("details") or {}, ensure_ascii=False, sort_keys=True),
                 session_ids.get(a.get("session_uid") or "")],
            )  # fmt: skip
            if cursor.rowcount:
                added_attempts += 1
                touched.add(a["question_id"])
            else:
                skipped += 1
        for m in data.get("mock_sessions", []):
            cursor = db.execute(
                f"INSERT OR IGNORE INTO mock_sessions ({', '.join(_MOCK_FIELDS)}) "
                f"VALUES ({', '.join('?' * len(_MOCK_FIELDS))})",
                [m["uid"], m["preset_id"], m["title"], _utc(m["started_at"]), _utc(m["updated_at"]),
                 _utc(m.get("finished_at")), json.dumps(m["state"]),
                 None if m.get("report") is None else json.dumps(m["report"]), m.get("overall")],
            )  # fmt: skip
            added_mocks += cursor.rowcount
            skipped += 1 - cursor.rowcount
        for key, value in (data.get("settings") or {}).items():
            # The user's own settings on this machine win over the file's.
            db.execute(
                "INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)", [key, str(value)]
            )
        for d in data.get("drafts", []):
            db.execute(
                "INSERT INTO drafts (exercise_id, source, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (exercise_id) DO UPDATE SET source = excluded.source, "
                "updated_at = excluded.updated_at WHERE excluded.updated_at > drafts.updated_at",
                [d["exercise_id"], d["source"], d["updated_at"]],
            )
        if touched:
            # A full replay: the weak-topic rule depends on the order of the whole history.
            store.rebuild_cards()
    return ImportResult(added_sessions, added_attempts, added_mocks, skipped, backup)


def backup_database(store: Store, reason: str, now: datetime) -> Path | None:
    """Copy the database file to backups/ beside it; None for an in-memory store."""
    row = store.db.execute("PRAGMA database_list").fetchone()
    if not row or not row[2]:
        return None
    folder = Path(row[2]).parent / "backups"
    folder.mkdir(exist_ok=True)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target, n = folder / f"progress-{reason}-{stamp}.db", 0
    while target.exists():
        n += 1
        target = folder / f"progress-{reason}-{stamp}-{n}.db"
    with sqlite3.connect(target) as copy:
        store.db.conn.backup(copy)
    copy.close()
    return target


def _from_csv(path: Path, text: str) -> dict[str, Any]:
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in ("uid", "created_at", "question_id", "topic", "kind", "outcome")
               if c not in (reader.fieldnames or [])]  # fmt: skip
    if missing:
        raise ImportProblem(f"{path}: not a progress export (no column {missing[0]!r})")
    sessions: dict[str, dict[str, Any]] = {}
    attempts = []
    for line, row in enumerate(reader, start=2):
        where = f"{path}:{line}"
        if row.get("session_uid"):
            sessions.setdefault(row["session_uid"], {
                "uid": row["session_uid"], "mode": row.get("session_mode") or "practice",
                "started_at": row.get("session_started_at") or row["created_at"],
                "ended_at": row.get("session_ended_at") or None, "config": {},
            })  # fmt: skip
        attempts.append({
            "uid": row["uid"], "question_id": row["question_id"], "topic": row["topic"],
            "kind": row["kind"], "created_at": row["created_at"], "outcome": row["outcome"],
            "score": _number(where, "score", row.get("score"), float),
            "rating": _number(where, "rating", row.get("rating"), int),
            "time_spent_ms": _number(where, "time_spent_ms", row.get("time_spent_ms"), int) or 0,
            "source": row.get("source") or "practice",
            "answer": _json(where, "answer", row.get("answer") or "null"),
            "details": _json(where, "details", row.get("details") or "{}"),
            "session_uid": row.get("session_uid") or None,
        })  # fmt: skip
    return {"format": FORMAT, "version": FORMAT_VERSION, "sessions": list(sessions.values()),
            "attempts": attempts}  # fmt: skip


def _number(where: str, name: str, text: str | None, kind: type) -> Any:
    if text in (None, ""):
        return None
    try:
        return kind(float(text)) if kind is int else kind(text)
    except ValueError:
        raise ImportProblem(f"{where}: {name}: not a number: {text!r}") from None


def _json(where: str, name: str, text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        raise ImportProblem(f"{where}: {name}: not valid JSON") from None


def _check(path: Path, data: Any) -> None:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ImportProblem(f"{path}: not a progress export (format is not {FORMAT!r})")
    if not isinstance(data.get("version"), int) or data["version"] > FORMAT_VERSION:
        raise ImportProblem(f"{path}: version: this app reads exports up to {FORMAT_VERSION}")
    for problem in _problems(data):
        raise ImportProblem(f"{path}: {problem}")


def _problems(data: dict[str, Any]) -> Iterator[str]:
    required = {
        "sessions": ("uid", "mode", "started_at"),
        "attempts": ("uid", "question_id", "topic", "kind", "created_at", "outcome"),
        "mock_sessions": ("uid", "preset_id", "title", "started_at", "updated_at", "state"),
        "drafts": ("exercise_id", "source", "updated_at"),
    }
    outcomes = {o.value for o in Outcome}
    for table, fields in required.items():
        rows = data.get(table, [])
        if not isinstance(rows, list):
            yield f"{table}: expected a list"
            return
        for i, row in enumerate(rows):
            if not isinstance(row, dict):
                yield f"{table}[{i}]: expected an object"
                return
            for name in fields:
                if row.get(name) in (None, ""):
                    yield f"{table}[{i}].{name}: missing"
                    return
            for name in ("created_at", "started_at", "updated_at", "ended_at", "finished_at"):
                if row.get(name) and not _is_utc_time(row[name]):
                    yield f"{table}[{i}].{name}: not an ISO 8601 time with a zone: {row[name]!r}"
                    return
            if table == "attempts":
                if row["outcome"] not in outcomes:
                    yield f"attempts[{i}].outcome: one of {sorted(outcomes)}, got {row['outcome']!r}"
                    return
                if row.get("rating") is not None and row["rating"] not in (1, 2, 3, 4):
                    yield f"attempts[{i}].rating: 1 to 4 or null, got {row['rating']!r}"
                    return


def _utc(value: str | None) -> str | None:
    """Times are stored as UTC ISO 8601 (the activity triggers bucket them by their text)."""
    return None if value is None else iso(datetime.fromisoformat(value))


def _is_utc_time(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        return datetime.fromisoformat(value).tzinfo is not None
    except ValueError:
        return False
