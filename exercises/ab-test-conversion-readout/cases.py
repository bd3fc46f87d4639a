"""An experiment's assignments and conversions: the worked example, then random experiments
plus the cases that catch the classic mistakes (repeat assignments and conversions, a user in
both variants, a conversion before assignment and one at the same instant, a stray converter
who was never assigned)."""

import datetime as dt

ASSIGNMENTS = [["user_id", "INTEGER"], ["variant", "VARCHAR"], ["assigned_at", "TIMESTAMP"]]
CONVERSIONS = [["user_id", "INTEGER"], ["converted_at", "TIMESTAMP"]]


def _tables(assignments, conversions):
    return {
        "assignments": {"columns": ASSIGNMENTS, "rows": assignments},
        "conversions": {"columns": CONVERSIONS, "rows": conversions},
    }


def visible():
    assignments = [
        [1, "A", "2026-05-01 10:00:00"], [1, "A", "2026-05-03 10:00:00"],
        [2, "A", "2026-05-01 11:00:00"], [3, "B", "2026-05-01 12:00:00"],
        [4, "B", "2026-05-02 09:00:00"], [5, "A", "2026-05-02 10:00:00"],
        [5, "B", "2026-05-04 10:00:00"],
    ]  # fmt: skip
    conversions = [
        [1, "2026-05-02 08:00:00"], [1, "2026-05-05 08:00:00"], [3, "2026-04-30 23:00:00"],
        [4, "2026-05-02 09:00:00"], [5, "2026-05-06 10:00:00"], [9, "2026-05-03 10:00:00"],
    ]  # fmt: skip
    return [{"name": "the worked example", "args": [_tables(assignments, conversions)]}]


def _text(moment):
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def _experiment(rng, n_users):
    start = dt.datetime(2025, 12, 28)
    assignments, conversions = [], []
    for user in range(1, n_users + 1):
        variant = "A" if rng.random() < 0.5 else "B"
        first = start + dt.timedelta(hours=int(rng.integers(0, 240)))
        for k in range(int(rng.integers(1, 4))):
            assignments.append([user, variant, _text(first + dt.timedelta(hours=30 * k))])
        for _ in range(int(rng.choice([0, 0, 1, 2]))):
            conversions.append(
                [user, _text(first + dt.timedelta(hours=int(rng.integers(-48, 200))))]
            )
    return assignments, conversions


def _awkward():
    assignments = [
        [800, "A", "2026-01-01 00:00:00"], [800, "A", "2026-01-02 00:00:00"],
        [801, "A", "2026-01-01 00:00:00"], [801, "B", "2026-01-03 00:00:00"],
        [802, "B", "2026-01-05 12:00:00"], [803, "B", "2026-01-06 12:00:00"],
    ]  # fmt: skip
    conversions = [
        [800, "2026-01-01 06:00:00"], [800, "2026-01-03 06:00:00"], [801, "2026-01-04 00:00:00"],
        [802, "2026-01-05 11:59:59"], [803, "2026-01-06 12:00:00"], [999, "2026-01-07 00:00:00"],
    ]  # fmt: skip
    return assignments, conversions


def hidden(rng):
    cases = []
    for i in range(6):
        assignments, conversions = _experiment(rng, int(rng.integers(4, 30)))
        extra_a, extra_c = _awkward()
        assignments += extra_a
        conversions += extra_c
        rng.shuffle(assignments)
        rng.shuffle(conversions)
        cases.append(
            {"name": f"random experiment {i + 1}", "args": [_tables(assignments, conversions)]}
        )
    cases.append(
        {"name": "nobody converted", "args": [_tables([[1, "A", "2026-02-01 00:00:00"]], [])]}
    )
    return cases
