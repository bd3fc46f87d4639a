"""Order lines: the worked example, then random orders plus the cases that catch the classic
mistakes (a product on two lines of one order, pairs tied on their count, a pair in exactly
one order), an order with a single product and an empty table."""

LINES = [
    ["line_id", "INTEGER"], ["order_id", "INTEGER"], ["product", "VARCHAR"],
    ["quantity", "INTEGER"],
]  # fmt: skip
PRODUCTS = ["apples", "bread", "butter", "cheese", "coffee", "eggs", "jam", "milk", "tea"]


def _tables(rows):
    return {"order_lines": {"columns": LINES, "rows": rows}}


def _numbered(body):
    return [[k + 1, *row] for k, row in enumerate(body)]


def visible():
    body = [
        [100, "bread", 1], [100, "milk", 2], [100, "bread", 1], [101, "milk", 1],
        [101, "bread", 3], [101, "eggs", 1], [102, "eggs", 2], [102, "milk", 1],
        [103, "bread", 1], [103, "milk", 1], [103, "eggs", 1],
    ]  # fmt: skip
    return [{"name": "the worked example", "args": [_tables(_numbered(body))]}]


def _random_orders(rng, n_orders):
    body = []
    for order in range(1, n_orders + 1):
        picked = rng.choice(len(PRODUCTS), size=int(rng.integers(1, 5)), replace=False)
        for index in picked:
            for _ in range(1 if rng.random() < 0.8 else 2):  # sometimes on two lines
                body.append([order, PRODUCTS[int(index)], int(rng.integers(1, 4))])
    return body


def _awkward():
    """Salt on two lines of order 901; oil and soap tied with salt and soap at 3 orders; oil
    and salt together only once."""
    return [
        [901, "salt", 1], [901, "soap", 1], [901, "salt", 2], [902, "salt", 1],
        [902, "soap", 1], [903, "oil", 1], [903, "soap", 1], [904, "oil", 1], [904, "soap", 1],
        [904, "salt", 1], [905, "soap", 2], [905, "oil", 1],
    ]  # fmt: skip


def hidden(rng):
    cases = []
    for i in range(6):
        body = _random_orders(rng, int(rng.integers(6, 40))) + _awkward()
        rng.shuffle(body)
        cases.append({"name": f"random orders {i + 1}", "args": [_tables(_numbered(body))]})
    lonely = [[1, 7, "tea", 1], [2, 7, "tea", 1], [3, 8, "jam", 2]]
    cases.append({"name": "no order holds two products", "args": [_tables(lonely)]})
    cases.append({"name": "no orders at all", "args": [_tables([])]})
    return cases
