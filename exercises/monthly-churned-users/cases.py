"""An activity log: the worked example, then random users across a year end plus the cases
that catch the classic mistakes (a user retained from December into January, a user who skips
a month and comes back, many rows of one user in one month, rows on the first and last second
of a month), a log of a single month and an empty log."""

import datetime as dt

ACTIVITY = [["user_id", "INTEGER"], ["active_at", "TIMESTAMP"]]


def _tables(rows):
    return {"activity": {"columns": ACTIVITY, "rows": rows}}


def visible():
    rows = [
        [1, "2025-11-20 10:00:00"], [1, "2025-12-31 23:59:59"], [1, "2026-01-01 00:00:00"],
        [2, "2025-12-05 08:00:00"], [2, "2025-12-06 08:00:00"], [2, "2026-02-10 09:00:00"],
        [3, "2025-12-15 12:00:00"], [3, "2026-01-15 12:00:00"], [3, "2026-02-15 12:00:00"],
    ]  # fmt: skip
    return [{"name": "the worked example", "args": [_tables(rows)]}]


def _random_users(rng, n_users):
    rows = []
    for user in range(1, n_users + 1):
        k = 2025 * 12 + 9 + int(rng.integers(0, 4))  # October 2025 to January 2026
        while k < 2026 * 12 + 6 and rng.random() < 0.85:
            year, month = divmod(k, 12)
            for _ in range(int(rng.integers(1, 4))):
                moment = dt.datetime(year, month + 1, int(rng.integers(1, 29)), 12, 0)
                rows.append([user, f"{moment:%Y-%m-%d %H:%M:%S}"])
            k += 1 if rng.random() < 0.75 else 2  # sometimes skips a month
    return rows


def _awkward():
    """Users 900 to 902: December into January; a skipped March; many rows in a month."""
    return [
        [900, "2025-12-31 23:59:59"], [900, "2026-01-01 00:00:00"],
        [901, "2026-02-01 00:00:00"], [901, "2026-02-28 23:59:59"], [901, "2026-04-10 10:00:00"],
        [902, "2026-01-03 09:00:00"], [902, "2026-01-04 09:00:00"], [902, "2026-01-05 09:00:00"],
        [902, "2026-03-01 00:00:00"], [902, "2026-05-01 00:00:00"],
    ]  # fmt: skip


def hidden(rng):
    cases = []
    for i in range(6):
        rows = _random_users(rng, int(rng.integers(3, 25))) + _awkward()
        rng.shuffle(rows)
        cases.append({"name": f"random users {i + 1}", "args": [_tables(rows)]})
    one = [[1, "2026-03-01 00:00:00"], [2, "2026-03-31 23:59:59"]]
    cases.append({"name": "a single month", "args": [_tables(one)]})
    cases.append({"name": "no activity at all", "args": [_tables([])]})
    return cases
