"""Orders over a few weeks: the worked example, then random stretches that cross a month or
year boundary, with runs of empty days, several orders a day and orders at 00:00:00 and
23:59:59."""

import datetime as dt

ORDERS = [["id", "INTEGER"], ["ordered_at", "TIMESTAMP"], ["amount", "DECIMAL(10,2)"]]
STARTS = [dt.date(2025, 12, 20), dt.date(2024, 2, 20), dt.date(2026, 3, 25), dt.date(2025, 6, 27)]


def _tables(rows):
    return {"orders": {"columns": ORDERS, "rows": rows}}


def visible():
    rows = [
        [1, "2025-12-28 09:15:00", 100.0], [2, "2025-12-28 23:59:59", 20.0],
        [3, "2025-12-29 08:00:00", 60.0], [4, "2026-01-01 00:00:00", 40.0],
        [5, "2026-01-04 12:30:00", 10.0], [6, "2026-01-04 18:45:00", 5.0],
    ]  # fmt: skip
    return [{"name": "the worked example", "args": [_tables(rows)]}]


def _stamp(day, rng):
    edge = rng.random()
    if edge < 0.15:
        return f"{day.isoformat()} 00:00:00"
    if edge < 0.3:
        return f"{day.isoformat()} 23:59:59"
    seconds = int(rng.integers(0, 86400))
    return f"{day.isoformat()} {seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def _stretch(rng, start, n_days):
    """Orders on most days of a stretch, with a forced run of three empty days inside it."""
    empty = set(range(5, 8))
    rows = []
    for offset in range(n_days):
        day = start + dt.timedelta(days=offset)
        busy = offset in (0, n_days - 1) or (offset not in empty and rng.random() < 0.7)
        for _ in range(int(rng.integers(1, 4)) if busy else 0):
            amount = round(float(rng.integers(100, 30000)) / 100, 2)
            rows.append([len(rows) + 1, _stamp(day, rng), amount])
    return rows


def hidden(rng):
    cases = []
    for i in range(6):
        start = STARTS[i % len(STARTS)] + dt.timedelta(days=int(rng.integers(0, 6)))
        rows = _stretch(rng, start, int(rng.integers(12, 30)))
        rng.shuffle(rows)
        cases.append({"name": f"random stretch {i + 1}", "args": [_tables(rows)]})
    one = [[1, "2024-02-29 12:00:00", 33.33], [2, "2024-02-29 13:00:00", 66.67]]
    cases.append({"name": "a single day of orders", "args": [_tables(one)]})
    cases.append({"name": "no orders at all", "args": [_tables([])]})
    return cases
