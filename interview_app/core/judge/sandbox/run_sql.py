"""One SQL query on fresh tables in DuckDB, locked down.

Used inside the sandboxed worker for submissions and in the grader for the reference queries.
The connection is opened with file and network access off, no extensions, one thread and a
memory cap, and its configuration locked, so no `SET` in a query can loosen any of that.
Each test creates its tables inside a transaction that is rolled back afterwards: nothing a
query does outlives its test.
"""

from __future__ import annotations

import datetime as dt
import decimal
import uuid
from typing import Any

import duckdb

MAX_ROWS = 10_000
LOCKED = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "allow_community_extensions": False,
    "threads": 1,
    "temp_directory": "",
}
TYPES = {
    "INTEGER", "BIGINT", "DOUBLE", "REAL", "VARCHAR", "BOOLEAN", "DATE", "TIMESTAMP",
    "TIMESTAMPTZ", "DECIMAL(10,2)", "DECIMAL(12,2)",
}  # fmt: skip


class QueryRefused(ValueError):
    """The text is not one read-only query (the message says why, for the user)."""


class TooManyRows(ValueError):
    """The result is larger than any answer could be."""


def connect(memory_mb: int = 256) -> duckdb.DuckDBPyConnection:
    """An in-memory database with everything but querying switched off, and locked."""
    config: dict[str, Any] = {**LOCKED, "memory_limit": f"{memory_mb}MB"}
    connection = duckdb.connect(":memory:", config=config)
    connection.execute("SET TimeZone = 'UTC'")
    connection.execute("SET enable_progress_bar = false")
    connection.execute("SET lock_configuration = true")
    return connection


def check_query(connection: duckdb.DuckDBPyConnection, text: str) -> str:
    """The one SELECT (or WITH ... SELECT) in `text`; raises QueryRefused otherwise."""
    try:
        statements = connection.extract_statements(text)
    except duckdb.Error as exc:
        raise QueryRefused(_first_line(exc)) from None
    if not statements:
        raise QueryRefused("the file holds no query: write one SELECT statement")
    if len(statements) > 1:
        raise QueryRefused(
            f"the file holds {len(statements)} statements: an answer is one query "
            "(a single SELECT, optionally starting with WITH)"
        )
    statement = statements[0]
    if statement.type != duckdb.StatementType.SELECT:
        kind = str(statement.type).rsplit(".", 1)[-1]
        raise QueryRefused(f"only a SELECT query is allowed here, not {kind}")
    return statement.query


def run(
    connection: duckdb.DuckDBPyConnection, tables: dict[str, Any], query: str
) -> dict[str, Any]:
    """Create `tables`, run `query`, roll back; returns {"columns": [...], "rows": [[...]]}."""
    connection.execute("BEGIN TRANSACTION")
    try:
        for name, table in tables.items():
            _create(connection, name, table)
        cursor = connection.execute(query)
        columns = [d[0] for d in cursor.description or []]
        rows = cursor.fetchmany(MAX_ROWS + 1)
        if len(rows) > MAX_ROWS:
            raise TooManyRows(f"the query returned more than {MAX_ROWS:,} rows")
        return {"columns": columns, "rows": [[plain(v) for v in row] for row in rows]}
    finally:
        connection.execute("ROLLBACK")


def _create(connection: duckdb.DuckDBPyConnection, name: str, table: dict[str, Any]) -> None:
    columns = table["columns"]
    for _, kind in columns:
        if kind not in TYPES:
            raise ValueError(f"unsupported column type {kind!r}")
    spec = ", ".join(f'"{column}" {kind}' for column, kind in columns)
    connection.execute(f'CREATE TABLE "{name}" ({spec})')
    rows = table["rows"]
    if rows:
        marks = ", ".join("?" for _ in columns)
        values = ", ".join(f"({marks})" for _ in rows)
        params = [value for row in rows for value in row]
        connection.execute(f'INSERT INTO "{name}" VALUES {values}', params)


def plain(value: Any) -> Any:
    """A result value as plain data: numbers, text, booleans, None; dates as ISO text."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return str(value)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def error_message(exc: BaseException) -> str:
    """A DuckDB error as the user needs it: its kind, message and the pointer to the spot."""
    text = str(exc).strip()
    return text[:1500] if text else type(exc).__name__
