"""Our own SQL (references, alternatives, known-wrong queries) run in the grader's process.

Submissions never come here: they run in the sandboxed worker. One locked-down DuckDB
connection per thread is kept, since opening one costs more than a whole test.
"""

from __future__ import annotations

import threading
from typing import Any

_local = threading.local()


def _connection() -> Any:
    from interview_app.core.judge.sandbox import run_sql

    if getattr(_local, "connection", None) is None:
        _local.connection = run_sql.connect()
    return _local.connection


def run_query(query: str, tables: dict[str, Any]) -> dict[str, Any]:
    """The result table of one trusted query on fresh `tables` (encoded case argument)."""
    from interview_app.core.judge.sandbox import run_sql
    from interview_app.core.judge.sandbox.codec import decode

    connection = _connection()
    return run_sql.run(connection, decode(tables), run_sql.check_query(connection, query))
