"""Order lines around the year 2025: the worked example, then random shops plus the cases
that catch the classic mistakes (orders of several lines, two identical lines, orders one
second either side of the year, a total of exactly 500.00, guest checkouts that would qualify
as one customer)."""

import datetime as dt

LINES = [
    ["order_id", "INTEGER"],
    ["customer_id", "INTEGER"],
    ["ordered_at", "TIMESTAMP"],
    ["amount", "DECIMAL(10,2)"],
]
FIRST = dt.datetime(2024, 11, 1)
SPAN_SECONDS = 485 * 86400  # November 2024 to February 2026


def _tables(rows):
    return {"order_lines": {"columns": LINES, "rows": rows}}


def _number(orders):
    """Order lines from (customer_id, ordered_at, [amounts]) with fresh order ids."""
    return [
        [k + 1, customer, at, amount]
        for k, (customer, at, amounts) in enumerate(orders)
        for amount in amounts
    ]


def visible():
    orders = [
        (7, "2025-01-03 10:00:00", [120.0, 120.0]), (7, "2025-06-11 09:30:00", [80.0]),
        (7, "2025-12-31 23:59:59", [180.0]), (8, "2025-02-01 12:00:00", [300.0, 50.0]),
        (8, "2025-03-01 15:00:00", [200.0, 10.0]), (9, "2024-12-31 23:59:59", [400.0]),
        (9, "2025-04-04 08:00:00", [50.0]), (9, "2025-05-05 08:00:00", [60.0]),
        (9, "2025-07-07 08:00:00", [70.0]), (None, "2025-08-08 18:00:00", [900.0]),
        (None, "2025-08-09 18:00:00", [900.0]), (None, "2025-08-10 18:00:00", [900.0]),
    ]  # fmt: skip
    return [{"name": "the worked example", "args": [_tables(_number(orders))]}]


def _random_orders(rng, n_customers):
    orders = []
    for customer in range(1, n_customers + 1):
        for _ in range(int(rng.integers(0, 8))):
            at = FIRST + dt.timedelta(seconds=int(rng.integers(0, SPAN_SECONDS)))
            amounts = [float(rng.integers(10, 300)) for _ in range(int(rng.integers(1, 4)))]
            orders.append((customer, str(at), amounts))
    for _ in range(int(rng.integers(0, 4))):
        at = FIRST + dt.timedelta(seconds=int(rng.integers(0, SPAN_SECONDS)))
        orders.append((None, str(at), [float(rng.integers(10, 300))]))
    return orders


def _awkward():
    """One customer per known mistake, each qualifying (or not) only under the right rules."""
    return [
        # exactly 500.00 over three 2025 orders, with two identical lines; the year's edges
        (900, "2025-01-01 00:00:00", [150.0, 150.0]), (900, "2025-06-30 12:00:00", [75.0]),
        (900, "2025-12-31 23:59:59", [125.0]), (900, "2026-01-01 00:00:00", [999.0]),
        # two orders of three lines: 3 lines, not 3 orders
        (901, "2025-03-03 10:00:00", [200.0, 200.0, 100.0]), (901, "2025-09-09 10:00:00", [90.0]),
        # two 2025 orders and two from the years around it
        (902, "2024-12-31 23:59:59", [300.0]), (902, "2025-05-01 09:00:00", [250.0]),
        (902, "2025-10-01 09:00:00", [250.0]), (902, "2026-01-01 00:00:00", [300.0]),
        # guests: three big orders with no customer
        (None, "2025-02-02 02:00:00", [400.0]), (None, "2025-02-03 02:00:00", [400.0]),
        (None, "2025-02-04 02:00:00", [400.0]),
        # a plain repeat buyer, well over both thresholds
        (903, "2025-04-01 10:00:00", [220.0]), (903, "2025-04-02 10:00:00", [220.0]),
        (903, "2025-04-03 10:00:00", [220.0]), (903, "2025-04-04 10:00:00", [220.0]),
    ]  # fmt: skip


def hidden(rng):
    cases = []
    for i in range(6):
        orders = _random_orders(rng, int(rng.integers(3, 15))) + _awkward()
        order = rng.permutation(len(orders))
        rows = _number([orders[k] for k in order])
        rng.shuffle(rows)
        cases.append({"name": f"random shop {i + 1}", "args": [_tables(rows)]})
    cases.append({"name": "no order lines at all", "args": [_tables([])]})
    return cases
