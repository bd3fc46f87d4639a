"""Orders over one to three years: the worked example, then random stretches from early 2023
past 29 February 2024 with the cases that catch the classic mistakes (empty months inside the
stretch, an empty month exactly a year before a month with orders, orders on the first and
last second of a month), a stretch shorter than a year and an empty table."""

import datetime as dt

ORDERS = [["order_id", "INTEGER"], ["ordered_at", "TIMESTAMP"], ["amount", "DECIMAL(10,2)"]]


def _tables(rows):
    return {"orders": {"columns": ORDERS, "rows": rows}}


def visible():
    rows = [
        [1, "2024-01-15 10:00:00", 100.0], [2, "2024-03-31 23:59:59", 50.0],
        [3, "2024-04-02 09:00:00", 20.0], [4, "2025-01-01 00:00:00", 150.0],
        [5, "2025-02-10 12:00:00", 30.0], [6, "2025-03-05 08:00:00", 40.0],
    ]  # fmt: skip
    return [{"name": "the worked example", "args": [_tables(rows)]}]


def _month(k):
    """Month index k (year * 12 + month - 1) as (year, month)."""
    return k // 12, k % 12 + 1


def _orders_in(rng, k, rows):
    year, month = _month(k)
    ny, nm = _month(k + 1)
    last = (dt.date(ny, nm, 1) - dt.timedelta(days=1)).day
    for _ in range(int(rng.integers(1, 4))):
        edge = rng.random()
        if edge < 0.2:
            text = f"{year:04d}-{month:02d}-01 00:00:00"
        elif edge < 0.4:
            text = f"{year:04d}-{month:02d}-{last:02d} 23:59:59"
        else:
            text = f"{year:04d}-{month:02d}-{int(rng.integers(1, last + 1)):02d} 14:15:16"
        rows.append([len(rows) + 1, text, round(float(rng.integers(100, 50000)) / 100, 2)])


def _stretch(rng):
    """From January to June 2023 for 18 to 30 months, so it always reaches past June 2024."""
    first = 2023 * 12 + int(rng.integers(0, 6))
    n = int(rng.integers(18, 31))
    a_year_before = int(rng.integers(1, n - 12))  # empty, with orders twelve months later
    other = int(rng.integers(1, n - 1))  # another empty month anywhere inside
    rows = []
    for offset in range(n):
        if offset in (a_year_before, other) and offset != a_year_before + 12:
            continue
        _orders_in(rng, first + offset, rows)
    return rows


def hidden(rng):
    cases = []
    for i in range(6):
        rows = _stretch(rng)
        rng.shuffle(rows)
        cases.append({"name": f"random months {i + 1}", "args": [_tables(rows)]})
    short = [[1, "2025-11-30 23:59:59", 12.5], [2, "2026-02-01 00:00:00", 7.25]]
    cases.append({"name": "less than a year of orders", "args": [_tables(short)]})
    cases.append({"name": "no orders at all", "args": [_tables([])]})
    return cases
