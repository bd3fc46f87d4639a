"""Regions and sales from late 2024 to early 2026: the worked example, then random boards plus
the cases that catch the classic mistakes (a region with no 2025 sales, a quarter with none,
sales in the last second of March and the first of October, sales just outside the year,
unassigned sales)."""

import datetime as dt

REGIONS = [["id", "INTEGER"], ["name", "VARCHAR"]]
SALES = [
    ["id", "INTEGER"],
    ["region_id", "INTEGER"],
    ["sold_at", "TIMESTAMP"],
    ["amount", "DECIMAL(10,2)"],
]
NAMES = ["North", "South", "East", "West", "Central", "Coast", "Highlands", "Islands"]
FIRST = dt.datetime(2024, 10, 1)
SPAN_SECONDS = 578 * 86400  # October 2024 to April 2026


def _tables(regions, sales):
    return {
        "regions": {"columns": REGIONS, "rows": regions},
        "sales": {"columns": SALES, "rows": sales},
    }


def visible():
    regions = [[1, "North"], [2, "South"], [3, "East"]]
    sales = [
        [1, 1, "2025-01-15 10:00:00", 100.0], [2, 1, "2025-03-31 23:59:59", 50.0],
        [3, 1, "2025-07-04 12:00:00", 70.0], [4, 2, "2024-12-31 23:59:59", 500.0],
        [5, 2, "2025-10-01 00:00:00", 30.0], [6, None, "2025-05-05 10:00:00", 999.0],
        [7, 2, "2026-01-01 00:00:00", 40.0],
    ]  # fmt: skip
    return [{"name": "the worked example", "args": [_tables(regions, sales)]}]


def _random_sales(rng, n_regions):
    sales = []
    for _ in range(int(rng.integers(0, 12 * n_regions))):
        region = None if rng.random() < 0.08 else int(rng.integers(1, n_regions + 1))
        at = FIRST + dt.timedelta(seconds=int(rng.integers(0, SPAN_SECONDS)))
        sales.append([region, str(at), round(float(rng.integers(100, 50000)) / 100, 2)])
    return sales


def _awkward(base):
    """Regions base (edges of the quarters and the year) and base + 1 (nothing in 2025)."""
    return [
        [base, "2025-03-31 23:59:59", 11.0], [base, "2025-04-01 00:00:00", 22.0],
        [base, "2025-12-31 23:59:59", 33.0], [base, "2024-12-31 23:59:59", 44.0],
        [base, "2026-01-01 00:00:00", 55.0], [base + 1, "2024-06-15 12:00:00", 66.0],
        [None, "2025-08-08 08:00:00", 77.0],
    ]  # fmt: skip


def hidden(rng):
    cases = []
    for i in range(6):
        n = int(rng.integers(1, 6))
        regions = [[k + 1, NAMES[k]] for k in range(n)]
        regions += [[n + 1, "Edges"], [n + 2, "Dormant"], [n + 3, "Brand new"]]
        body = _random_sales(rng, n) + _awkward(n + 1)
        rng.shuffle(body)
        sales = [[k + 1, *row] for k, row in enumerate(body)]
        cases.append({"name": f"random board {i + 1}", "args": [_tables(regions, sales)]})
    cases.append({"name": "no sales at all", "args": [_tables([[1, "North"], [2, "South"]], [])]})
    cases.append(
        {"name": "no regions at all", "args": [_tables([], [[1, None, "2025-02-02", 5.0]])]}
    )
    return cases
