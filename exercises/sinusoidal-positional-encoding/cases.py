def visible():
    return [
        {"name": "3 positions, d_model = 4", "args": [3, 4]},
        {"name": "odd d_model, base 100", "args": [4, 5], "kwargs": {"base": 100.0}},
    ]


def hidden(rng):
    n = int(rng.integers(40, 120))
    d = 2 * int(rng.integers(8, 32))
    return [
        {"name": f"{n} positions, d_model = {d}", "args": [n, d]},
        {"name": "a long context (2048 x 64)", "args": [2048, 64]},
        {"name": "a single position", "args": [1, int(rng.integers(2, 20))]},
        {
            "name": "odd d_model",
            "args": [int(rng.integers(5, 30)), 2 * int(rng.integers(2, 10)) + 1],
        },
        {"name": "d_model = 2", "args": [int(rng.integers(5, 50)), 2]},
        {"name": "another base", "args": [32, 16], "kwargs": {"base": float(rng.uniform(50, 500))}},
    ]
