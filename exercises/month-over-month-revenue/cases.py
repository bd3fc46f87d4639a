"""Payments over several months: the worked example, then random stretches across a year end
with an empty month inside, payments on the first and last second of a month, and a month
after an empty one (growth NULL)."""

import datetime as dt

PAYMENTS = [["id", "INTEGER"], ["paid_at", "TIMESTAMP"], ["amount", "DECIMAL(10,2)"]]


def _tables(rows):
    return {"payments": {"columns": PAYMENTS, "rows": rows}}


def visible():
    rows = [
        [1, "2025-11-03 10:00:00", 100.0], [2, "2025-11-30 23:59:59", 100.0],
        [3, "2025-12-01 00:00:00", 250.0], [4, "2026-02-14 09:30:00", 80.0],
        [5, "2026-03-02 16:00:00", 60.0],
    ]  # fmt: skip
    return [{"name": "the worked example", "args": [_tables(rows)]}]


def _month(year, month, offset):
    k = year * 12 + month - 1 + offset
    return k // 12, k % 12 + 1


def _stretch(rng, n_months):
    year, month = 2025, int(rng.integers(7, 12))
    empty = int(rng.integers(2, n_months - 1))
    rows = []
    for offset in range(n_months):
        y, m = _month(year, month, offset)
        if offset == empty:
            continue
        last = (dt.date(*_month(y, m, 1), 1) - dt.timedelta(days=1)).day
        for _ in range(int(rng.integers(1, 5))):
            day = int(rng.integers(1, last + 1))
            edge = rng.random()
            clock = "00:00:00" if edge < 0.2 else "23:59:59" if edge < 0.4 else "12:34:56"
            day = 1 if clock == "00:00:00" else last if clock == "23:59:59" else day
            amount = round(float(rng.integers(100, 90000)) / 100, 2)
            rows.append([len(rows) + 1, f"{y:04d}-{m:02d}-{day:02d} {clock}", amount])
    return rows


def hidden(rng):
    cases = []
    for i in range(6):
        rows = _stretch(rng, int(rng.integers(6, 15)))
        rng.shuffle(rows)
        cases.append({"name": f"random months {i + 1}", "args": [_tables(rows)]})
    one = [[1, "2024-02-29 12:00:00", 10.0], [2, "2024-02-01 00:00:00", 5.5]]
    cases.append({"name": "a single month", "args": [_tables(one)]})
    cases.append({"name": "no payments at all", "args": [_tables([])]})
    return cases
