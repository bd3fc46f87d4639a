"""Deliveries per city: the worked example, then random cities plus the cases that catch the
classic mistakes (an even count, undelivered orders, a city with nothing delivered, a slow
outlier, ties in the middle)."""

DELIVERIES = [["id", "INTEGER"], ["city", "VARCHAR"], ["delivery_minutes", "INTEGER"]]
CITIES = ["Lyon", "Oslo", "Pune", "Lima", "Kyiv", "Rome", "Baku", "Doha"]


def _tables(rows):
    return {"deliveries": {"columns": DELIVERIES, "rows": rows}}


def visible():
    rows = [
        [1, "Lyon", 30], [2, "Lyon", 25], [3, "Lyon", 40], [4, "Lyon", 20], [5, "Oslo", 18],
        [6, "Oslo", None], [7, "Oslo", 50], [8, "Oslo", 22], [9, "Pune", None],
    ]  # fmt: skip
    return [{"name": "the worked example", "args": [_tables(rows)]}]


def _awkward():
    """Even count with an outlier and a NULL; only NULLs; a tie across the middle."""
    return [
        ["Even", 10], ["Even", 15], ["Even", 20], ["Even", 25], ["Even", 400], ["Even", 31],
        ["Even", None], ["Pending", None], ["Pending", None], ["Tied", 12], ["Tied", 12],
        ["Tied", 12], ["Tied", 90],
    ]  # fmt: skip


def hidden(rng):
    cases = []
    for i in range(6):
        body = []
        for city in CITIES[: int(rng.integers(2, len(CITIES)))]:
            for _ in range(int(rng.integers(1, 12))):
                minutes = None if rng.random() < 0.15 else int(rng.integers(8, 120))
                body.append([city, minutes])
        body += _awkward()
        rng.shuffle(body)
        rows = [[k + 1, *row] for k, row in enumerate(body)]
        cases.append({"name": f"random cities {i + 1}", "args": [_tables(rows)]})
    cases.append({"name": "no deliveries at all", "args": [_tables([])]})
    return cases
