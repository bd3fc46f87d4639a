import numpy as np


def visible():
    return [
        {
            "name": "five items, three positives",
            "args": [np.array([1, 0, 1, 0, 1]), np.array([0.9, 0.8, 0.3, 0.6, 0.5])],
        },
        {
            "name": "a perfect ranking",
            "args": [np.array([0, 1, 0, 1]), np.array([0.1, 0.7, 0.2, 0.9])],
        },
        {
            "name": "one positive ranked last",
            "args": [np.array([0, 0, 1]), np.array([3.0, 2.0, 1.0])],
        },
    ]


def _case(rng, name, n, rate, signal=1.0):
    labels = (rng.uniform(size=n) < rate).astype(np.int64)
    labels[rng.integers(n)] = 1
    labels[rng.integers(n)] = 1
    labels[0] = 0
    scores = rng.permutation(n) / n + signal * labels + rng.uniform(0, 1e-3, size=n)
    return {"name": name, "args": [labels, scores]}


def hidden(rng):
    return [
        _case(rng, "100 items, 30% positives", 100, 0.3),
        _case(rng, "rare positives (2%) in 500 items", 500, 0.02, signal=0.5),
        _case(rng, "mostly positives", 40, 0.8, signal=0.2),
        _case(rng, "uninformative scores", 60, 0.4, signal=0.0),
        _case(rng, "a short list", 6, 0.5, signal=0.3),
        _case(rng, "2000 items, weak signal", 2000, 0.1, signal=0.1),
    ]
