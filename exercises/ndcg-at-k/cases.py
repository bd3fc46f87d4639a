import numpy as np


def visible():
    return [
        {
            "name": "four items, k = 3",
            "args": [np.array([3, 2, 0, 1]), np.array([0.1, 0.9, 0.5, 0.3]), 3],
        },
        {
            "name": "tied scores keep index order",
            "args": [np.array([0, 2, 1]), np.array([1.0, 1.0, 0.0]), 1],
        },
        {"name": "nothing relevant", "args": [np.array([0, 0]), np.array([0.2, 0.4]), 2]},
    ]


def _case(rng, name, n, k, max_rel=3, tied=False):
    rel = rng.integers(0, max_rel + 1, size=n)
    rel[rng.integers(n)] = max_rel
    rel[rng.integers(n)] = 0
    scores = rng.integers(0, 4, size=n).astype(float) if tied else rng.normal(size=n)
    return {"name": name, "args": [rel, scores, k]}


def hidden(rng):
    return [
        _case(rng, "20 items, k = 10", 20, 10),
        _case(rng, "50 items, k = 5, grades 0-4", 50, 5, max_rel=4),
        _case(rng, "k larger than n", 6, 10),
        _case(rng, "many tied scores", 30, 12, tied=True),
        _case(rng, "k = 1", 15, 1),
        _case(rng, "binary relevance, k = n", 25, 25, max_rel=1),
        _case(rng, "100 items, k = 20", 100, 20, max_rel=3),
    ]
