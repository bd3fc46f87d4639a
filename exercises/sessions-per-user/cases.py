"""Page views: the worked example, then random users plus the cases that catch the classic
mistakes (a gap of exactly 30 minutes, a long session of short steps, a session across
midnight and the year end, simultaneous events)."""

import datetime as dt

EVENTS = [["user_id", "INTEGER"], ["event_at", "TIMESTAMP"]]


def _tables(rows):
    return {"events": {"columns": EVENTS, "rows": rows}}


def visible():
    rows = [
        [1, "2026-03-01 09:00:00"], [1, "2026-03-01 09:20:00"], [1, "2026-03-01 09:50:00"],
        [1, "2026-03-01 10:20:01"], [2, "2026-03-01 23:50:00"], [2, "2026-03-02 00:10:00"],
        [3, "2026-03-01 12:00:00"], [3, "2026-03-01 12:00:00"],
    ]  # fmt: skip
    return [{"name": "the worked example", "args": [_tables(rows)]}]


def _text(moment):
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def _random_user(rng, user_id):
    moment = dt.datetime(2025, 1, 1) + dt.timedelta(minutes=int(rng.integers(0, 600000)))
    rows = []
    for _ in range(int(rng.integers(1, 25))):
        rows.append([user_id, _text(moment)])
        step = rng.choice([0, 60, 600, 1799, 1800, 1801, 3600, 86400])
        moment += dt.timedelta(seconds=int(step) + int(rng.integers(0, 3)) * int(step > 1801))
    return rows


def _awkward():
    """Exactly 30 minutes apart; a long session of 25-minute steps over New Year; one event."""
    start = dt.datetime(2025, 12, 31, 22, 0, 0)
    long_session = [[201, _text(start + dt.timedelta(minutes=25 * k))] for k in range(8)]
    return [
        *long_session,
        [200, "2026-06-30 10:00:00"], [200, "2026-06-30 10:30:00"], [200, "2026-06-30 11:00:00"],
        [200, "2026-06-30 11:30:01"], [202, "2026-01-15 08:29:00"], [202, "2026-01-15 08:31:00"],
        [203, "2026-02-01 00:00:00"],
    ]  # fmt: skip


def hidden(rng):
    cases = []
    for i in range(6):
        rows = []
        for user in range(1, int(rng.integers(2, 8))):
            rows += _random_user(rng, user)
        rows += _awkward()
        rng.shuffle(rows)
        cases.append({"name": f"random users {i + 1}", "args": [_tables(rows)]})
    cases.append({"name": "no events at all", "args": [_tables([])]})
    return cases
