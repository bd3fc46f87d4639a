"""Profile changes: the worked example, then random change logs plus the cases that catch the
classic mistakes (replayed old changes with new ids, tied times, NULL times, a NULL email in
the latest row, changes on either side of New Year)."""

import datetime as dt

UPDATES = [
    ["update_id", "INTEGER"],
    ["customer_id", "INTEGER"],
    ["email", "VARCHAR"],
    ["plan", "VARCHAR"],
    ["updated_at", "TIMESTAMP"],
]
PLANS = ["free", "pro", "team", "enterprise"]


def _tables(rows):
    return {"customer_updates": {"columns": UPDATES, "rows": rows}}


def visible():
    rows = [
        [1, 10, "a@x.io", "free", "2026-01-05 10:00:00"], [2, 10, None, "pro", "2026-02-01 09:00:00"],
        [3, 10, "b@x.io", "team", "2026-01-20 08:00:00"], [4, 20, "c@x.io", "free", "2026-03-01 12:00:00"],
        [5, 20, "d@x.io", "pro", "2026-03-01 12:00:00"], [6, 30, "e@x.io", "free", None],
        [7, 30, "f@x.io", "pro", None], [8, 40, "g@x.io", "pro", None],
        [9, 40, "h@x.io", "free", "2025-12-31 23:59:59"],
    ]  # fmt: skip
    return [{"name": "the worked example", "args": [_tables(rows)]}]


def _random_log(rng, n_customers):
    times = [dt.datetime(2025, 12, 30) + dt.timedelta(hours=int(h)) for h in range(0, 72, 6)]
    rows = []
    for customer in range(1, n_customers + 1):
        for _ in range(int(rng.integers(1, 6))):
            at = None if rng.random() < 0.1 else times[int(rng.integers(0, len(times)))]
            email = None if rng.random() < 0.2 else f"u{customer}.{int(rng.integers(0, 99))}@x.io"
            plan = PLANS[int(rng.integers(0, len(PLANS)))]
            rows.append([customer, email, plan, None if at is None else str(at)])
    return rows


def _awkward():
    """A replayed old change with a new id, a tie at the latest time, only NULL times, and a
    latest row whose email is NULL and sorts below the older emails."""
    return [
        [500, "zz@x.io", "team", "2026-01-01 00:00:00"], [500, "aa@x.io", "free", "2025-12-31 23:59:59"],
        [501, "m@x.io", "pro", "2026-02-02 02:02:02"], [501, "n@x.io", "free", "2026-02-02 02:02:02"],
        [502, "p@x.io", "free", None], [502, "q@x.io", "pro", None],
        [503, "zzz@x.io", "enterprise", "2026-01-10 10:00:00"], [503, None, "free", "2026-01-11 10:00:00"],
    ]  # fmt: skip


def hidden(rng):
    cases = []
    for i in range(6):
        body = _random_log(rng, int(rng.integers(2, 9))) + _awkward()
        rng.shuffle(body)
        rows = [[k + 1, *row] for k, row in enumerate(body)]
        for fixed in ((500, "2025-12-31 23:59:59"), (501, "2026-02-02 02:02:02")):
            # the older / the losing tied row must carry the largest id of its customer
            rows.sort(key=lambda r, f=fixed: r[1] == f[0] and r[4] == f[1])
        rows = [[k + 1, *row[1:]] for k, row in enumerate(rows)]
        cases.append({"name": f"random change log {i + 1}", "args": [_tables(rows)]})
    cases.append({"name": "no changes at all", "args": [_tables([])]})
    return cases
