"""Our own SQL (references, alternatives, known-wrong queries) run in the grader's process.

Submissions never come here: they run in the sandboxed worker. One locked-down DuckDB
connection serves the whole process, behind a lock: opening one costs more than a whole test,
and a connection that lives as long as the process is never torn down with a passing thread.
"""

from __future__ import annotations

import threading
from typing import Any

_lock = threading.Lock()
_connection: list[Any] = []


def run_query(query: str, tables: dict[str, Any]) -> dict[str, Any]:
    """The result table of one trusted query on fresh `tables` (encoded case argument)."""
    from interview_app.core.judge.sandbox import run_sql
    from interview_app.core.judge.sandbox.codec import decode

    with _lock:
        if not _connection:
            _connection.append(run_sql.connect())
        connection = _connection[0]
        return run_sql.run(connection, decode(tables), run_sql.check_query(connection, query))
