"""Shop events: the worked example, then random visitors plus the cases that catch the classic
mistakes (repeated events, a step exactly 7 days after the first view and one a second late,
a purchase before the cart, users who never viewed), and a log with no views at all."""

import datetime as dt

EVENTS = [["user_id", "INTEGER"], ["event", "VARCHAR"], ["event_at", "TIMESTAMP"]]
KINDS = ["view", "cart", "purchase"]


def _tables(rows):
    return {"events": {"columns": EVENTS, "rows": rows}}


def visible():
    rows = [
        [1, "view", "2026-01-01 10:00:00"], [1, "view", "2026-01-01 10:05:00"],
        [1, "cart", "2026-01-03 09:00:00"], [1, "purchase", "2026-01-08 10:00:00"],
        [2, "view", "2026-01-02 12:00:00"], [2, "cart", "2026-01-09 12:00:01"],
        [3, "view", "2026-01-05 08:00:00"], [3, "purchase", "2026-01-05 09:00:00"],
        [3, "cart", "2026-01-05 10:00:00"], [4, "cart", "2026-01-06 10:00:00"],
        [4, "purchase", "2026-01-06 11:00:00"],
    ]  # fmt: skip
    return [{"name": "the worked example", "args": [_tables(rows)]}]


def _text(moment):
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def _random_user(rng, user_id):
    start = dt.datetime(2025, 12, 1) + dt.timedelta(hours=int(rng.integers(0, 24 * 60)))
    rows = []
    for _ in range(int(rng.integers(1, 7))):
        kind = KINDS[int(rng.choice(3, p=[0.5, 0.3, 0.2]))]
        moment = start + dt.timedelta(hours=int(rng.integers(-24, 240)))
        rows.append([user_id, kind, _text(moment)])
    return rows


def _awkward():
    """Each user isolates one rule; the whole block fails every known-wrong query."""
    return [
        # two views, two carts, two purchases in time: counted once per step
        [900, "view", "2025-12-31 22:00:00"], [900, "view", "2025-12-31 23:00:00"],
        [900, "cart", "2026-01-01 01:00:00"], [900, "cart", "2026-01-02 01:00:00"],
        [900, "purchase", "2026-01-03 00:00:00"], [900, "purchase", "2026-01-03 00:00:00"],
        # cart exactly 7 days later (in), purchase a second after the window (out)
        [901, "view", "2026-02-25 12:00:00"], [901, "cart", "2026-03-04 12:00:00"],
        [901, "purchase", "2026-03-04 12:00:01"],
        # cart 8 days later, purchase 9 days later: outside the window
        [902, "view", "2026-03-01 00:00:00"], [902, "cart", "2026-03-09 00:00:00"],
        [902, "purchase", "2026-03-10 00:00:00"],
        # bought before carting, never after
        [903, "view", "2026-04-01 08:00:00"], [903, "purchase", "2026-04-01 09:00:00"],
        [903, "cart", "2026-04-01 10:00:00"],
        # never viewed
        [904, "cart", "2026-05-01 08:00:00"], [904, "purchase", "2026-05-01 09:00:00"],
    ]  # fmt: skip


def hidden(rng):
    cases = []
    for i in range(6):
        rows = []
        for user in range(1, int(rng.integers(3, 15))):
            rows += _random_user(rng, user)
        rows += _awkward()
        rng.shuffle(rows)
        cases.append({"name": f"random visitors {i + 1}", "args": [_tables(rows)]})
    no_views = [[1, "cart", "2026-01-01 00:00:00"], [2, "purchase", "2026-01-02 00:00:00"]]
    cases.append({"name": "nobody viewed anything", "args": [_tables(no_views)]})
    return cases
