"""Orders per customer: the worked example, then random shops with the cases that catch the
classic mistakes (a tied top amount, a single distinct amount, NULL amounts, a customer
whose only order is unpriced)."""

ORDERS = [["id", "INTEGER"], ["customer", "VARCHAR"], ["amount", "DECIMAL(10,2)"]]
NAMES = ["ana", "bo", "cy", "dee", "eli", "fay", "gus", "hana", "ivo", "jun", "kai", "lea"]


def _tables(rows):
    return {"orders": {"columns": ORDERS, "rows": rows}}


def visible():
    rows = [
        [1, "ana", 120.0], [2, "ana", 120.0], [3, "ana", 75.5], [4, "ana", 30.0], [5, "bo", 60.0],
        [6, "bo", 60.0], [7, "cy", None], [8, "cy", 15.0], [9, "dee", 80.0], [10, "dee", 95.0],
    ]  # fmt: skip
    return [{"name": "the worked example", "args": [_tables(rows)]}]


def _shop(rng, n_customers, n_orders):
    levels = [round(float(v), 2) for v in rng.integers(100, 50000, size=6) / 100]
    rows = []
    for i in range(n_orders):
        customer = NAMES[int(rng.integers(0, n_customers))]
        amount = None if rng.random() < 0.1 else levels[int(rng.integers(0, len(levels)))]
        rows.append([i + 1, customer, amount])
    return rows


def _awkward(start):
    """A tied top amount with a NULL, one distinct amount only, and an unpriced customer."""
    return [
        [start, "tie", 900.0], [start + 1, "tie", 900.0], [start + 2, "tie", None],
        [start + 3, "tie", 450.25], [start + 4, "tie", 10.0],
        [start + 5, "single", 42.0], [start + 6, "single", 42.0],
        [start + 7, "unpriced", None],
    ]  # fmt: skip


def hidden(rng):
    cases = []
    for i in range(6):
        rows = _shop(rng, int(rng.integers(2, len(NAMES))), int(rng.integers(5, 40)))
        rows += _awkward(1000)
        rng.shuffle(rows)
        cases.append({"name": f"random shop {i + 1}", "args": [_tables(rows)]})
    cases.append({"name": "no orders at all", "args": [_tables([])]})
    return cases
