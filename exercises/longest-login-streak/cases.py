"""Sign-ins over a few weeks: the worked example, then random users plus the cases that catch
the classic mistakes (several logins a day, a streak across New Year, a leap day, a user with
one login)."""

import datetime as dt

LOGINS = [["user_id", "INTEGER"], ["login_at", "TIMESTAMP"]]


def _tables(rows):
    return {"logins": {"columns": LOGINS, "rows": rows}}


def visible():
    rows = [
        [1, "2025-12-30 08:00:00"], [1, "2025-12-30 21:10:00"], [1, "2025-12-31 23:59:00"],
        [1, "2026-01-01 00:05:00"], [1, "2026-01-05 10:00:00"], [1, "2026-01-06 10:00:00"],
        [2, "2026-02-27 12:00:00"], [2, "2026-03-01 12:00:00"], [3, "2026-04-10 07:30:00"],
        [3, "2026-04-10 07:45:00"],
    ]  # fmt: skip
    return [{"name": "the worked example", "args": [_tables(rows)]}]


def _at(day, rng):
    seconds = int(rng.integers(0, 86400))
    return f"{day.isoformat()} {seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def _random_user(rng, user_id, start):
    rows = []
    for offset in range(int(rng.integers(5, 40))):
        if rng.random() < 0.6:
            day = start + dt.timedelta(days=offset)
            rows += [[user_id, _at(day, rng)] for _ in range(int(rng.integers(1, 4)))]
    return rows


def _new_year_user(rng, user_id):
    """Longest streak (with doubled days) from 28 December to 3 January; a shorter one later."""
    year = int(rng.integers(2020, 2027))
    start = dt.date(year, 12, 28)
    rows = []
    for offset in range(7):
        day = start + dt.timedelta(days=offset)
        rows += [[user_id, f"{day.isoformat()} 09:00:00"], [user_id, f"{day.isoformat()} 22:30:00"]]
    rows += [[user_id, f"{year + 1}-01-10 10:00:00"], [user_id, f"{year + 1}-01-11 10:00:00"]]
    return rows


def hidden(rng):
    cases = []
    for i in range(6):
        rows = []
        for user in range(1, int(rng.integers(2, 7))):
            start = dt.date(2025, 1, 1) + dt.timedelta(days=int(rng.integers(0, 400)))
            rows += _random_user(rng, user, start)
        rows += _new_year_user(rng, 100)
        rows += [[101, "2024-02-28 23:59:59"], [101, "2024-02-29 00:00:00"],
                 [101, "2024-03-01 06:00:00"], [102, "2026-05-05 05:05:05"]]  # fmt: skip
        rng.shuffle(rows)
        cases.append({"name": f"random users {i + 1}", "args": [_tables(rows)]})
    cases.append({"name": "no logins at all", "args": [_tables([])]})
    return cases
