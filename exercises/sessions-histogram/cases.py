"""Users and their sessions: the worked example, then random users plus the cases that catch
the classic mistakes (a bucket left empty on purpose, users with no session or none in March,
sessions on the first second of March, late on 31 March and on the first second of April, a
session logged twice, sessions of unknown users), then users without any session and no
users at all."""

import datetime as dt

USERS = [["user_id", "INTEGER"], ["name", "VARCHAR"]]
SESSIONS = [["session_id", "INTEGER"], ["user_id", "INTEGER"], ["started_at", "TIMESTAMP"]]
NAMES = ["Ada", "Ben", "Caro", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jun", "Kim", "Lea"]
RANGES = {"1": (1, 1), "2-4": (2, 4), "5-9": (5, 9), "10+": (10, 14)}


def _tables(users, sessions):
    return {
        "users": {"columns": USERS, "rows": users},
        "sessions": {"columns": SESSIONS, "rows": sessions},
    }


def visible():
    users = [[1, "Ada"], [2, "Ben"], [3, "Caro"], [4, "Dev"]]
    sessions = [
        [10, 1, "2026-03-01 00:00:00"], [11, 1, "2026-03-14 09:00:00"],
        [11, 1, "2026-03-14 09:00:00"], [12, 1, "2026-03-31 21:30:00"],
        [13, 2, "2026-02-28 23:59:59"], [14, 2, "2026-04-01 00:00:00"],
        [15, 3, "2026-03-20 18:00:00"], [16, 9, "2026-03-05 10:00:00"],
    ]  # fmt: skip
    return [{"name": "the worked example", "args": [_tables(users, sessions)]}]


def _text(moment):
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def _awkward():
    """Users 900 to 904 as (user, start times); 999 is not a user. Their buckets are 0, 1 and
    2-4 only, so an empty 5-9 or 10+ bucket stays empty."""
    return [
        (900, ["2026-03-10 10:00:00", "2026-03-31 18:00:00"]),  # 2 only with 31 March
        (901, ["2026-03-02 08:00:00", "2026-03-03 08:00:00", "2026-03-04 08:00:00",
               "2026-03-05 08:00:00", "2026-03-05 08:00:00"]),  # 4, the last logged twice
        (902, ["2026-02-28 23:59:59", "2026-04-01 00:00:00"]),  # just outside March: 0
        (903, []),  # never had a session: 0
        (904, ["2026-03-01 00:00:00"]),  # the first second of March: 1
        (999, ["2026-03-15 12:00:00"]),  # not in users
    ]  # fmt: skip


def _random_case(rng):
    empty = ["5-9", "10+"][int(rng.integers(0, 2))]  # one bucket nobody is in, on purpose
    kinds = [k for k in RANGES if k != empty]
    plan = [(user, []) for user in range(1, int(rng.integers(0, 3)) + 1)]  # no sessions
    for user in range(len(plan) + 1, len(plan) + int(rng.integers(3, 20))):
        low, high = RANGES[kinds[int(rng.integers(0, len(kinds)))]]
        starts = [
            dt.datetime(2026, 3, 1) + dt.timedelta(minutes=int(rng.integers(0, 31 * 1440)))
            for _ in range(int(rng.integers(low, high + 1)))
        ]
        if rng.random() < 0.3:  # a session outside March does not count
            starts.append(dt.datetime(2026, 2, int(rng.integers(1, 29)), 9, 30))
        plan.append((user, [_text(s) for s in starts]))
    plan += _awkward()
    users, sessions = [], []
    for user, starts in plan:
        if user != 999:
            users.append([user, NAMES[user % len(NAMES)]])
        last = None
        for start in starts:
            if start != last:  # the same time again is the same session logged twice
                session_id = len(sessions) + 1
            sessions.append([session_id, user, start])
            last = start
    rng.shuffle(users)
    rng.shuffle(sessions)
    return _tables(users, sessions)


def hidden(rng):
    cases = [{"name": f"random users {i + 1}", "args": [_random_case(rng)]} for i in range(6)]
    idle = _tables([[1, "Ada"], [2, "Ben"]], [[1, 2, "2026-01-15 10:00:00"]])
    cases.append({"name": "nobody had a March session", "args": [idle]})
    cases.append({"name": "no users at all", "args": [_tables([], [])]})
    return cases
