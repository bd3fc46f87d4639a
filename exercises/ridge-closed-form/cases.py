import numpy as np


def visible():
    X = np.array([[0.0], [1.0], [2.0], [3.0]])
    y = np.array([1.0, 3.0, 5.0, 7.0])
    X2 = np.array([[1.0, 2.0], [2.0, 0.0], [3.0, 1.0], [4.0, 3.0], [0.0, 1.0]])
    y2 = np.array([3.0, 2.5, 4.0, 7.5, 1.0])
    return [
        {"name": "a line, no penalty", "args": [X, y, 0.0]},
        {"name": "a line, lam = 5", "args": [X, y, 5.0]},
        {"name": "two features, lam = 1", "args": [X2, y2, 1.0]},
    ]


def _case(rng, name, n, d, lam, offset=0.0):
    X = rng.normal(size=(n, d)) + offset
    w = rng.normal(size=d)
    y = X @ w + rng.normal(scale=3.0) + rng.normal(scale=0.3, size=n)
    return {"name": name, "args": [X, y, lam]}


def hidden(rng):
    return [
        _case(rng, "n=50, d=5, lam=1", 50, 5, 1.0),
        _case(rng, "n=30, d=3, no penalty", 30, 3, 0.0),
        _case(rng, "strong penalty (lam=100)", 40, 4, 100.0),
        _case(rng, "more features than samples (n=8, d=20)", 8, 20, 2.0),
        _case(rng, "features far from zero (mean 5)", 25, 3, 3.0, offset=5.0),
        _case(rng, "one feature, lam=0.5", 12, 1, 0.5, offset=-2.0),
        _case(rng, "n=200, d=10, lam=10", 200, 10, 10.0),
    ]
