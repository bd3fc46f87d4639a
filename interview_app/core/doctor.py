"""`doctor`: what a user checks first when something is off. Reads; never writes."""

from __future__ import annotations

import platform
import sqlite3
from importlib import metadata
from pathlib import Path
from typing import Any

from interview_app import __version__
from interview_app.core.bank import Bank
from interview_app.core.practice import topics_with_questions
from interview_app.core.store.migrations import LATEST_VERSION
from interview_app.core.store.opening import DB_FILENAME


def _package_version(*names: str) -> str | None:
    for name in names:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return None


def inspect_database(path: Path) -> dict[str, Any]:
    """The database's state, read-only: status is missing, ok, outdated, newer, corrupt or locked."""
    info: dict[str, Any] = {"path": str(path), "status": "missing", "schema_version": None}
    if not path.exists():
        return info
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=1)
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            check = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
            info["schema_version"] = version
            if check != "ok":
                info.update(status="corrupt", detail=check)
            elif version > LATEST_VERSION:
                info["status"] = "newer"
            else:
                info["status"] = "ok" if version == LATEST_VERSION else "outdated"
                if version >= 1:
                    info["attempts"] = conn.execute("SELECT count(*) FROM attempts").fetchone()[0]
                    info["sessions"] = conn.execute("SELECT count(*) FROM sessions").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        text = str(exc)
        info.update(
            status="locked" if "locked" in text or "busy" in text else "corrupt", detail=text
        )
    return info


def report(data_dir: Path, bank: Bank, exercises: int, exercise_problems: list[str],
           sandbox: dict[str, Any]) -> dict[str, Any]:  # fmt: skip
    """Everything doctor shows, as JSON-ready data."""
    counts = bank.counts()
    return {
        "version": __version__,
        "python": platform.python_version(),
        "qt": _package_version("PySide6-Essentials", "PySide6"),
        "platform": platform.platform(),
        "data_dir": str(data_dir),
        "data_dir_exists": data_dir.is_dir(),
        "database": inspect_database(data_dir / DB_FILENAME),
        "bank": {
            "questions": len(bank.questions),
            "topics": len(topics_with_questions(bank.questions.values())),
            "files": len(bank.files),
            "problems": [str(p) for p in bank.problems],
            "by_kind": counts["by_kind"],
        },
        "exercises": exercises,
        "exercise_problems": exercise_problems,
        "sandbox": sandbox,
    }


def healthy(info: dict[str, Any]) -> bool:
    return (
        info["database"]["status"] in ("missing", "ok", "outdated") and not info["bank"]["problems"]
    )
