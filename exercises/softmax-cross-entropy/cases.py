import numpy as np


def visible():
    return [
        {
            "name": "two samples, three classes",
            "args": [np.array([[2.0, 1.0, 0.0], [0.0, 0.0, 0.0]]), np.array([0, 2])],
        },
        {
            "name": "huge logits, one right and one badly wrong",
            "args": [np.array([[1000.0, -1000.0], [-1000.0, 1000.0]]), np.array([0, 0])],
        },
        {
            "name": "a single sample",
            "args": [np.array([[0.5, -1.0, 3.0, 0.0]]), np.array([2])],
        },
    ]


def _labels(rng, n, c):
    return rng.integers(0, c, size=n).astype(np.int64)


def hidden(rng):
    cases = []
    n, c = 16, 5
    cases.append(
        {"name": "random logits n=16, C=5", "args": [rng.normal(size=(n, c)), _labels(rng, n, c)]}
    )
    n, c = 64, 10
    cases.append(
        {
            "name": "n=64, C=10, spread-out logits",
            "args": [rng.normal(scale=5, size=(n, c)), _labels(rng, n, c)],
        }
    )
    n, c = 12, 4
    big = rng.choice([-1000.0, 1000.0], size=(n, c)) + rng.normal(scale=0.5, size=(n, c))
    cases.append({"name": "logits of +-1000", "args": [big, _labels(rng, n, c)]})
    cases.append(
        {
            "name": "all logits near +800",
            "args": [800.0 + rng.normal(size=(8, 3)), _labels(rng, 8, 3)],
        }
    )
    cases.append(
        {
            "name": "all logits near -1000",
            "args": [-1000.0 + rng.normal(size=(8, 6)), _labels(rng, 8, 6)],
        }
    )
    x = rng.normal(size=(1, 7))
    cases.append({"name": "one sample", "args": [x, _labels(rng, 1, 7)]})
    n = 50
    cases.append(
        {
            "name": "two classes, n=50",
            "args": [rng.normal(scale=3, size=(n, 2)), _labels(rng, n, 2)],
        }
    )
    value = float(rng.normal())
    cases.append(
        {
            "name": "equal logits (uniform softmax)",
            "args": [np.full((5, 4), value), _labels(rng, 5, 4)],
        }
    )
    cases.append(
        {"name": "a single class", "args": [rng.normal(size=(6, 1)), np.zeros(6, dtype=np.int64)]}
    )
    n, c = 200, 3
    cases.append(
        {
            "name": "n=200, logits up to +-50",
            "args": [rng.uniform(-50, 50, size=(n, c)), _labels(rng, n, c)],
        }
    )
    n, c = 10, 5
    labels = _labels(rng, n, c)
    confident = rng.normal(size=(n, c))
    confident[np.arange(n), labels] += 40.0
    cases.append({"name": "confident and correct (tiny loss)", "args": [confident, labels]})
    return cases
