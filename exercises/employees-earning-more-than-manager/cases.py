"""Organisation charts: the worked example, then random companies plus the cases that catch
the classic mistakes (a tie with the manager, someone who out-earns their manager and has no
reports, people at the top, a manager who has left, salaries not set yet)."""

import numpy as np

EMPLOYEES = [
    ["id", "INTEGER"],
    ["name", "VARCHAR"],
    ["salary", "INTEGER"],
    ["manager_id", "INTEGER"],
]
NAMES = ["Ada", "Ben", "Chen", "Dara", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jun", "Kai", "Lea"]


def _tables(rows):
    return {"employees": {"columns": EMPLOYEES, "rows": rows}}


def visible():
    rows = [
        [1, "Ada", 9000, None], [2, "Ben", 9500, 1], [3, "Chen", 9000, 1], [4, "Dara", 7000, 2],
        [5, "Eli", 8000, 2], [6, "Fay", 6000, 9], [7, "Gus", None, 1], [8, "Hana", 5000, 7],
    ]  # fmt: skip
    return [{"name": "the worked example", "args": [_tables(rows)]}]


def _random_company(rng, n):
    levels = [int(s) * 500 for s in rng.choice(np.arange(6, 40), size=5, replace=False)]
    rows = []
    for person in range(1, n + 1):
        roll = rng.random()
        if person == 1 or roll < 0.08:
            manager = None
        elif roll < 0.14:
            manager = n + 100 + person  # someone who has left
        else:
            manager = int(rng.integers(1, person))
        salary = None if rng.random() < 0.08 else levels[int(rng.integers(0, len(levels)))]
        rows.append([person, NAMES[int(rng.integers(0, len(NAMES)))], salary, manager])
    return rows


def _awkward(base):
    """A root, a report who out-earns it with no reports, a tie, and an unset manager salary."""
    return [
        [base, "Root", 5000, None], [base + 1, "Rising", 6000, base],
        [base + 2, "Level", 5000, base], [base + 3, "Unset", None, base],
        [base + 4, "Under unset", 4000, base + 3], [base + 5, "Orphan", 4500, base + 99],
    ]  # fmt: skip


def hidden(rng):
    cases = []
    for i in range(6):
        n = int(rng.integers(3, 40))
        rows = _random_company(rng, n) + _awkward(n + 1)
        rng.shuffle(rows)
        cases.append({"name": f"random company {i + 1}", "args": [_tables(rows)]})
    alone = [[1, "Solo", 7000, None]]
    cases.append({"name": "one person, no manager", "args": [_tables(alone)]})
    cases.append({"name": "nobody at all", "args": [_tables([])]})
    return cases
