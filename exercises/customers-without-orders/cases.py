"""Customers and orders around the first quarter of 2026: the worked example, then random
shops plus the cases that catch the classic mistakes (a guest order with a NULL customer_id
inside the quarter, a customer who never ordered, orders one second either side of the
quarter, an order late on 31 March, an order with a NULL amount)."""

import datetime as dt

CUSTOMERS = [["id", "INTEGER"], ["name", "VARCHAR"]]
ORDERS = [
    ["id", "INTEGER"],
    ["customer_id", "INTEGER"],
    ["ordered_at", "TIMESTAMP"],
    ["amount", "DECIMAL(10,2)"],
]
NAMES = ["Ada", "Ben", "Chen", "Dara", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jun", "Kai", "Lea"]
FIRST = dt.datetime(2025, 11, 1)
SPAN_SECONDS = 212 * 86400  # 1 November 2025 to the end of May 2026


def _tables(customers, orders):
    return {
        "customers": {"columns": CUSTOMERS, "rows": customers},
        "orders": {"columns": ORDERS, "rows": orders},
    }


def visible():
    customers = [[1, "Ada"], [2, "Ben"], [3, "Chen"], [4, "Dara"], [5, "Ben"]]
    orders = [
        [1, 1, "2026-01-15 10:00:00", 30.0], [2, 2, "2025-12-31 23:59:59", 50.0],
        [3, None, "2026-02-01 12:00:00", 20.0], [4, 3, "2026-03-31 18:30:00", 15.0],
        [5, 2, "2026-04-01 00:00:00", 40.0], [6, 4, "2026-02-10 09:00:00", None],
    ]  # fmt: skip
    return [{"name": "the worked example", "args": [_tables(customers, orders)]}]


def _random_shop(rng, n_customers):
    customers = [
        [k, f"{NAMES[int(rng.integers(0, len(NAMES)))]}"] for k in range(1, n_customers + 1)
    ]
    orders = []
    for _ in range(int(rng.integers(0, 3 * n_customers))):
        customer = None if rng.random() < 0.1 else int(rng.integers(1, n_customers + 1))
        moment = FIRST + dt.timedelta(seconds=int(rng.integers(0, SPAN_SECONDS)))
        amount = None if rng.random() < 0.1 else round(float(rng.integers(100, 20000)) / 100, 2)
        orders.append([customer, str(moment), amount])
    return customers, orders


def _awkward(base):
    """Customers base+0 .. base+3 and the orders that trip each known-wrong query."""
    customers = [[base, "Never"], [base + 1, "Outside"], [base + 2, "Late"], [base + 3, "Unpriced"]]
    orders = [
        [None, "2026-02-14 14:00:00", 25.0],  # a guest order inside the quarter
        [base + 1, "2025-12-31 23:59:59", 10.0],
        [base + 1, "2026-04-01 00:00:00", 10.0],
        [base + 2, "2026-03-31 21:45:00", 12.5],  # the quarter's last evening: inside
        [base + 3, "2026-01-02 08:00:00", None],  # no amount yet, still an order
    ]
    return customers, orders


def hidden(rng):
    cases = []
    for i in range(6):
        n = int(rng.integers(3, 25))
        customers, orders = _random_shop(rng, n)
        extra_customers, extra_orders = _awkward(n + 1)
        customers += extra_customers
        orders += extra_orders
        rng.shuffle(customers)
        rng.shuffle(orders)
        rows = [[k + 1, *order] for k, order in enumerate(orders)]
        cases.append({"name": f"random shop {i + 1}", "args": [_tables(customers, rows)]})
    customers = [[1, "Ada"], [2, "Ada"], [3, "Ben"]]
    cases.append({"name": "no orders at all", "args": [_tables(customers, [])]})
    only_guests = [[1, None, "2026-03-01 10:00:00", 5.0], [2, 1, "2026-05-01 10:00:00", 5.0]]
    cases.append({"name": "only guest orders in the quarter",
                  "args": [_tables(customers, only_guests)]})  # fmt: skip
    cases.append({"name": "no customers at all", "args": [_tables([], only_guests)]})
    return cases
