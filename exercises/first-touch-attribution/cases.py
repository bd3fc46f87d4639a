"""Users' visits with their channels: the worked example, then random users plus the cases
that catch the classic mistakes (a first channel that is not alphabetically first, three
visits tied on the first instant in every insertion order, the same instant written in two
time zones, an untagged first visit)."""

import datetime as dt
from itertools import permutations

VISITS = [
    ["visit_id", "INTEGER"], ["user_id", "INTEGER"], ["channel", "VARCHAR"],
    ["visited_at", "TIMESTAMPTZ"],
]  # fmt: skip
CHANNELS = ["ads", "email", "referral", "search", "social"]
OFFSETS = [0, 60, -300, 330]  # minutes east of UTC


def _tables(rows):
    return {"visits": {"columns": VISITS, "rows": rows}}


def visible():
    rows = [
        [1, 1, "social", "2026-01-02 09:00:00+00:00"], [2, 1, "ads", "2026-01-05 10:00:00+00:00"],
        [3, 2, "email", "2026-01-01 00:30:00+01:00"],
        [4, 2, "search", "2025-12-31 23:45:00+00:00"],
        [5, 3, "search", "2026-01-03 12:00:00+00:00"],
        [6, 3, "referral", "2026-01-03 07:00:00-05:00"],
        [7, 3, "ads", "2026-01-03 12:00:00+00:00"], [8, 4, None, "2026-01-04 08:00:00+00:00"],
        [9, 4, "email", "2026-01-04 09:00:00+00:00"],
    ]  # fmt: skip
    return [{"name": "the worked example", "args": [_tables(rows)]}]


def _text(moment_utc, offset_minutes):
    """The instant written as the clock of a zone `offset_minutes` east of UTC shows it."""
    local = moment_utc + dt.timedelta(minutes=offset_minutes)
    sign = "+" if offset_minutes >= 0 else "-"
    hours, minutes = divmod(abs(offset_minutes), 60)
    return f"{local:%Y-%m-%d %H:%M:%S}{sign}{hours:02d}:{minutes:02d}"


def _random_users(rng, n_users):
    start = dt.datetime(2025, 12, 30)
    rows = []
    for user in range(1, n_users + 1):
        for _ in range(int(rng.integers(1, 6))):
            moment = start + dt.timedelta(minutes=15 * int(rng.integers(0, 400)))
            channel = None if rng.random() < 0.1 else CHANNELS[int(rng.integers(0, 5))]
            rows.append([user, channel, _text(moment, OFFSETS[int(rng.integers(0, 4))])])
    return rows


def _awkward():
    """Users 900 to 907 as (id offset, user, channel, time); each isolates one rule the
    known-wrong queries break."""
    at = dt.datetime(2026, 1, 1, 0, 0)
    rows = [
        # first through social, later through ads: not the alphabetically first channel
        [0, 900, "social", _text(at, 0)], [1, 900, "ads", _text(at + dt.timedelta(days=2), 0)],
        # untagged first visit, tagged later
        [2, 901, None, _text(at, 60)], [3, 901, "email", _text(at + dt.timedelta(hours=1), 0)],
    ]  # fmt: skip
    # three visits at one instant (written in three zones), inserted in every order; the
    # smallest id always goes to the referral visit, so it is the first whatever the order
    tied = [("referral", 0), ("social", 330), ("email", -300)]
    for k, order in enumerate(permutations(range(3))):
        for index in order:
            channel, offset = tied[index]
            moment = _text(at + dt.timedelta(hours=k), offset)
            rows.append([10 + 3 * k + index, 902 + k, channel, moment])
    return rows


def hidden(rng):
    cases = []
    for i in range(6):
        body = _random_users(rng, int(rng.integers(3, 25)))
        rng.shuffle(body)
        rows = [[k + 1, *row] for k, row in enumerate(body)]
        base = len(rows) + 1
        rows += [[base + offset, *row] for offset, *row in _awkward()]
        cases.append({"name": f"random visitors {i + 1}", "args": [_tables(rows)]})
    cases.append({"name": "no visits at all", "args": [_tables([])]})
    return cases
