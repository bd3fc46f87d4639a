"""Sign-ups and activity: the worked example, then random cohorts from January to March 2026
plus two fixed cohorts across New Year that catch the classic mistakes (a user who never came
back, two visits in one week, a Sunday sign-up back on Monday, week numbers that restart in
January, shares strictly between 0 and 1), and activity of accounts that are not users."""

import datetime as dt

USERS = [["user_id", "INTEGER"], ["signed_up_at", "TIMESTAMP"]]
ACTIVITY = [["user_id", "INTEGER"], ["active_at", "TIMESTAMP"]]
FIRST = dt.datetime(2026, 1, 12)  # a Monday, two weeks after the fixed cohorts


def _tables(users, activity):
    return {
        "users": {"columns": USERS, "rows": users},
        "activity": {"columns": ACTIVITY, "rows": activity},
    }


def visible():
    users = [
        [1, "2025-12-22 09:00:00"], [2, "2025-12-28 23:30:00"], [3, "2025-12-24 12:00:00"],
        [4, "2025-12-29 08:00:00"], [5, "2026-01-02 10:00:00"],
    ]  # fmt: skip
    activity = [
        [1, "2025-12-23 10:00:00"], [1, "2025-12-30 10:00:00"], [1, "2025-12-31 16:00:00"],
        [1, "2026-01-12 09:00:00"], [2, "2025-12-29 07:00:00"], [4, "2026-01-05 11:00:00"],
        [4, "2026-01-14 11:00:00"], [5, "2026-01-19 08:00:00"], [77, "2026-01-06 12:00:00"],
    ]  # fmt: skip
    return [{"name": "the worked example", "args": [_tables(users, activity)]}]


def _random(rng, n_users):
    users, activity = [], []
    for user in range(1, n_users + 1):
        signed = FIRST + dt.timedelta(seconds=int(rng.integers(0, 63 * 86400)))
        users.append([user, str(signed)])
        for _ in range(int(rng.integers(0, 9))):
            later = signed + dt.timedelta(seconds=int(rng.integers(0, 35 * 86400)))
            activity.append([user, str(later)])
    return users, activity


def _awkward():
    """Cohorts of 22 and 29 December 2025, no random user in them."""
    users = [
        [900, "2025-12-23 10:00:00"], [901, "2025-12-22 00:00:00"], [902, "2025-12-28 23:00:00"],
        [903, "2026-01-01 00:00:00"], [904, "2026-01-04 23:59:59"],
    ]  # fmt: skip
    activity = [
        [900, "2025-12-30 09:00:00"], [900, "2025-12-31 18:00:00"], [900, "2026-01-06 12:00:00"],
        [902, "2025-12-29 01:00:00"], [902, "2026-01-11 23:59:59"],
        [903, "2026-01-05 00:00:00"], [903, "2026-01-19 15:00:00"],
        [904, "2026-01-25 20:00:00"], [999, "2025-12-30 12:00:00"],
    ]  # fmt: skip
    return users, activity


def hidden(rng):
    cases = []
    for i in range(6):
        users, activity = _random(rng, int(rng.integers(3, 30)))
        fixed_users, fixed_activity = _awkward()
        users += fixed_users
        activity += fixed_activity
        rng.shuffle(users)
        rng.shuffle(activity)
        cases.append({"name": f"random cohorts {i + 1}", "args": [_tables(users, activity)]})
    quiet = [[1, "2026-02-01 12:00:00"], [2, "2026-02-03 12:00:00"]]
    cases.append({"name": "nobody ever came back", "args": [_tables(quiet, [])]})
    cases.append({"name": "no users at all", "args": [_tables([], [[5, "2026-01-01 10:00:00"]])]})
    return cases
