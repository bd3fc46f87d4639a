"""Payment attempts across a year end: the worked example, then random users plus the cases
that catch the classic mistakes (several payments on one day, a late-recorded payment with the
largest id and the earliest date, a user whose first payments failed, several users)."""

import datetime as dt

PAYMENTS = [
    ["id", "INTEGER"],
    ["user_id", "INTEGER"],
    ["paid_on", "DATE"],
    ["amount", "DECIMAL(10,2)"],
]
FIRST = dt.date(2025, 12, 1)


def _tables(rows):
    return {"payments": {"columns": PAYMENTS, "rows": rows}}


def visible():
    rows = [
        [1, 1, "2025-12-30", 40.0], [2, 1, "2025-12-31", 25.0], [3, 1, "2025-12-31", 10.0],
        [4, 2, "2026-01-05", None], [5, 2, "2026-01-06", 15.0], [6, 1, "2026-01-02", None],
        [7, 2, "2026-01-06", 15.0], [8, 1, "2025-12-29", 5.0],
    ]  # fmt: skip
    return [{"name": "the worked example", "args": [_tables(rows)]}]


def _random_payments(rng, n_users):
    body = []
    for user in range(1, n_users + 1):
        for _ in range(int(rng.integers(0, 12))):
            day = FIRST + dt.timedelta(days=int(rng.integers(0, 75)))
            amount = None if rng.random() < 0.15 else round(float(rng.integers(100, 9000)) / 100, 2)
            body.append([user, day.isoformat(), amount])
    return body


def _awkward(next_id):
    """Fixed users whose ids are all larger than the random ones."""
    i = next_id
    return [
        # three payments on 31 December, in id order, around two other days
        [i + 0, 900, "2025-12-30", 12.5], [i + 1, 900, "2025-12-31", 20.0],
        [i + 2, 900, "2025-12-31", 30.0], [i + 3, 900, "2025-12-31", 40.0],
        [i + 4, 900, "2026-01-01", 1.0],
        # the first two attempts failed; then one success, one failure
        [i + 5, 901, "2026-01-10", None], [i + 6, 901, "2026-01-11", None],
        [i + 7, 901, "2026-01-12", 9.99], [i + 8, 901, "2026-01-12", None],
        # recorded late: the largest id carries the earliest date
        [i + 9, 902, "2026-02-01", 100.0], [i + 10, 902, "2026-02-02", 50.0],
        [i + 11, 902, "2026-01-31", 7.0],
    ]  # fmt: skip


def hidden(rng):
    cases = []
    for i in range(6):
        body = _random_payments(rng, int(rng.integers(2, 9)))
        ids = rng.permutation(len(body)) + 1
        rows = [[int(k), *row] for k, row in zip(ids, body, strict=True)]
        rows += _awkward(len(rows) + 1)
        rng.shuffle(rows)
        cases.append({"name": f"random payments {i + 1}", "args": [_tables(rows)]})
    cases.append({"name": "no payments at all", "args": [_tables([])]})
    return cases
