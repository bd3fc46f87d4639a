"""The `rows` checker: an SQL result against the expected one.

Columns by name (case-insensitive) and in order; rows as a multiset unless the exercise asks
for an order; computed numbers within a tolerance; NULL only matches NULL.
"""

from __future__ import annotations

import math
from typing import Any

SHOWN = 3


def check_rows(
    expected: Any, got: Any, ordered: bool = False, rtol: float = 1e-6, atol: float = 1e-9
) -> str | None:
    if not isinstance(got, dict) or not {"columns", "rows"} <= set(got):
        return "the query did not return a table"
    want_cols = [str(c) for c in expected["columns"]]
    have_cols = [str(c) for c in got["columns"]]
    if [c.lower() for c in want_cols] != [c.lower() for c in have_cols]:
        return f"expected the columns ({', '.join(want_cols)}), got ({', '.join(have_cols)})"
    want, have = expected["rows"], got["rows"]
    same = lambda a, b: _row_equal(a, b, rtol, atol)  # noqa: E731
    if ordered:
        return _ordered(want, have, same)
    missing, extra = _unmatched(want, have, same)
    if not missing and not extra:
        return None
    parts = [f"expected {len(want)} rows, got {len(have)}"] if len(want) != len(have) else []
    if missing:
        parts.append(f"missing {_rows(missing)}")
    if extra:
        parts.append(f"not expected {_rows(extra)}")
    return "; ".join(parts) + " (rows are compared in any order)"


def _ordered(want: list, have: list, same: Any) -> str | None:
    for index, (a, b) in enumerate(zip(want, have, strict=False)):
        if not same(a, b):
            return f"row {index + 1}: expected {_row(a)}, got {_row(b)} (the order matters here)"
    if len(want) != len(have):
        return f"expected {len(want)} rows, got {len(have)}"
    return None


def _unmatched(want: list, have: list, same: Any) -> tuple[list, list]:
    """Rows of each side with no partner on the other (exact keys first, then by tolerance)."""
    pool: dict[Any, list] = {}
    for row in have:
        pool.setdefault(_key(row), []).append(row)
    leftover_want = []
    for row in want:
        bucket = pool.get(_key(row))
        if bucket:
            bucket.pop()
        else:
            leftover_want.append(row)
    leftover_have = [row for bucket in pool.values() for row in bucket]
    missing = []
    for row in leftover_want:
        match = next((i for i, other in enumerate(leftover_have) if same(row, other)), None)
        if match is None:
            missing.append(row)
        else:
            leftover_have.pop(match)
    return missing, leftover_have


def _key(row: list) -> tuple:
    return tuple(("n", float(v)) if _number(v) else ("v", repr(v)) for v in row)


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _row_equal(a: list, b: list, rtol: float, atol: float) -> bool:
    if len(a) != len(b):
        return False
    for x, y in zip(a, b, strict=True):
        if _number(x) and _number(y):
            if not (math.isclose(x, y, rel_tol=rtol, abs_tol=atol) or (x != x and y != y)):
                return False
        elif x != y or (type(x) is not type(y) and not (_number(x) and _number(y))):
            return False
    return True


def _row(row: list) -> str:
    return "(" + ", ".join("NULL" if v is None else repr(v) for v in row) + ")"


def _rows(rows: list) -> str:
    shown = ", ".join(_row(r) for r in rows[:SHOWN])
    more = f" and {len(rows) - SHOWN} more" if len(rows) > SHOWN else ""
    return shown + more
