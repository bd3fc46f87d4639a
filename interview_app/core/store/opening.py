"""Opening the progress database without ever destroying what is there.

A corrupt or foreign file is renamed aside and a fresh database started; a database from a
newer version of the app, or one locked by another program, is left untouched and the app
runs on an in-memory store for the session. Every case ends in a usable Store plus a status
and a plain message for the user.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from sqlite_utils import Database

from interview_app.core.store.migrations import LATEST_VERSION, migrate
from interview_app.core.store.store import Store

DB_FILENAME = "progress.db"
BUSY_TIMEOUT_MS = 3000
_SIDECARS = ("-wal", "-shm", "-journal")


class StoreStatus(StrEnum):
    OK = "ok"
    CREATED = "created"
    MIGRATED = "migrated"
    MOVED_ASIDE = "moved_aside"  # corrupt or not ours: kept under another name, fresh one made
    NEWER_SCHEMA = "newer_schema"  # left untouched; answers this session are not saved
    LOCKED = "locked"  # left untouched; answers this session are not saved
    UNAVAILABLE = "unavailable"  # the directory cannot be created or written

    @property
    def saving(self) -> bool:
        return self not in (StoreStatus.NEWER_SCHEMA, StoreStatus.LOCKED, StoreStatus.UNAVAILABLE)


@dataclass
class OpenResult:
    store: Store
    status: StoreStatus
    message: str
    path: Path
    moved_to: Path | None = None
    backup: Path | None = None


class _Corrupt(Exception):
    pass


class _Newer(Exception):
    pass


def open_store(data_dir: Path, now: datetime) -> OpenResult:
    """Open (creating or migrating) `<data_dir>/progress.db`. Never raises for a bad file."""
    path = data_dir / DB_FILENAME
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return _in_memory(
            path, StoreStatus.UNAVAILABLE, f"cannot create {data_dir}: {exc.strerror}"
        )
    existed = path.exists() and path.stat().st_size > 0
    try:
        return _open_file(path, existed, now)
    except _Newer as exc:
        return _in_memory(path, StoreStatus.NEWER_SCHEMA, str(exc))
    except _Corrupt as exc:
        try:
            moved = _move_aside(path, now)
            result = _open_file(path, False, now)
        except (OSError, sqlite3.Error, _Corrupt) as again:
            return _in_memory(
                path,
                StoreStatus.UNAVAILABLE,
                f"The progress database {path} could not be read ({exc}) nor set aside ({again}); "
                "it was left as it is and answers in this session will not be saved.",
            )
        result.status, result.moved_to = StoreStatus.MOVED_ASIDE, moved
        result.message = (
            f"The progress database could not be read ({exc}). It was kept as {moved.name} "
            f"in {data_dir} and a new, empty one was started."
        )
        return result
    except sqlite3.OperationalError as exc:
        if _is_locked(exc):
            return _in_memory(
                path,
                StoreStatus.LOCKED,
                f"The progress database {path} is locked by another program. It was left as it "
                "is; answers in this session will not be saved. Close the other program and restart.",
            )
        return _in_memory(path, StoreStatus.UNAVAILABLE, f"cannot open {path}: {exc}")


def _open_file(path: Path, existed: bool, now: datetime) -> OpenResult:
    if existed and not _has_sqlite_header(path):
        # Decide before SQLite opens it: SQLite may delete a "-wal" file it cannot use.
        raise _Corrupt("file is not a database")
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        version = _check_readable(conn)
        if version > LATEST_VERSION:
            raise _Newer(
                f"The progress database {path} was written by a newer version of the app (schema "
                f"{version}, this version knows up to {LATEST_VERSION}). It was left untouched; "
                "answers in this session will not be saved. Update the app to use it."
            )
        if version == 0 and existed and _has_tables(conn):
            raise _Corrupt("it holds tables that are not the app's")
        db = Database(conn, execute_plugins=False)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.enable_wal()
        backup = _backup(conn, path, version, now) if 0 < version < LATEST_VERSION else None
        migrate(db)
    except BaseException:
        conn.close()
        raise
    if not existed:
        status, message = StoreStatus.CREATED, f"Started a new progress database at {path}."
    elif version < LATEST_VERSION:
        status = StoreStatus.MIGRATED
        message = f"Upgraded the progress database from schema {version} to {LATEST_VERSION}."
    else:
        status, message = StoreStatus.OK, ""
    return OpenResult(Store(db), status, message, path, backup=backup)


def _check_readable(conn: sqlite3.Connection) -> int:
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        verdict = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
    except sqlite3.OperationalError as exc:
        if _is_locked(exc):
            raise
        raise _Corrupt(str(exc)) from None
    except sqlite3.DatabaseError as exc:
        raise _Corrupt(str(exc)) from None
    if verdict != "ok":
        raise _Corrupt(f"integrity check failed: {verdict}")
    return version


def _has_sqlite_header(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(16) == b"SQLite format 3\x00"


def _has_tables(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0] > 0


def _is_locked(exc: sqlite3.OperationalError) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def _stamp(now: datetime) -> str:
    return now.strftime("%Y%m%d-%H%M%S")


def _move_aside(path: Path, now: datetime) -> Path:
    """Rename the file (and its WAL/SHM companions) to a name that is not yet taken."""
    n, target = 0, path.with_name(f"progress.corrupt-{_stamp(now)}.db")
    while target.exists():
        n += 1
        target = path.with_name(f"progress.corrupt-{_stamp(now)}-{n}.db")
    path.rename(target)
    for suffix in _SIDECARS:
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.rename(target.with_name(target.name + suffix))
    return target


def _backup(conn: sqlite3.Connection, path: Path, version: int, now: datetime) -> Path:
    folder = path.parent / "backups"
    folder.mkdir(exist_ok=True)
    target = folder / f"progress-v{version}-{_stamp(now)}.db"
    with sqlite3.connect(target) as copy:
        conn.backup(copy)
    copy.close()
    return target


def _in_memory(path: Path, status: StoreStatus, message: str) -> OpenResult:
    db = Database(memory=True, execute_plugins=False)
    migrate(db)
    return OpenResult(Store(db), status, message, path)
