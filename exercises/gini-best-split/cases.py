from fractions import Fraction

import numpy as np


def visible():
    return [
        {
            "name": "five points with a repeated value",
            "args": [np.array([2.0, 1.0, 3.0, 4.0, 3.0]), np.array([0, 0, 1, 1, 0])],
        },
        {
            "name": "a tie goes to the smaller threshold",
            "args": [np.array([1.0, 2.0, 3.0, 4.0]), np.array([0, 1, 1, 0])],
        },
        {"name": "all x equal: no split", "args": [np.array([5.0, 5.0, 5.0]), np.array([0, 1, 1])]},
    ]


def _exact_scores(x, y):
    """Weighted Gini of every candidate threshold, as exact fractions, in threshold order."""
    order = np.argsort(x, kind="stable")
    xs, ys = x[order].tolist(), y[order].tolist()
    n, classes = len(xs), sorted(set(ys))
    total = {c: ys.count(c) for c in classes}
    left = dict.fromkeys(classes, 0)
    scores = []
    for i in range(n - 1):
        left[ys[i]] += 1
        if xs[i] == xs[i + 1]:
            continue
        nl, nr = i + 1, n - i - 1
        sl = sum(Fraction(left[c] ** 2, nl) for c in classes)
        sr = sum(Fraction((total[c] - left[c]) ** 2, nr) for c in classes)
        scores.append(1 - (sl + sr) / n)
    return scores


def _clear_winner(x, y):
    """The best threshold beats every other one by a margin no rounding can bridge."""
    scores = sorted(_exact_scores(x, y))
    return len(scores) < 2 or scores[1] - scores[0] > Fraction(1, 10**9)


def _random(rng, n, n_classes, make_x):
    while True:
        y = rng.integers(0, n_classes, size=n).astype(np.int64)
        x = make_x(y)
        if _clear_winner(x, y):
            return x, y


def _mirror_tie(rng):
    """x = 1..n with a palindromic y whose best split is one of a mirrored pair (an exact tie)."""
    while True:
        half = rng.integers(0, 2, size=int(rng.integers(3, 7))).astype(np.int64)
        y = np.concatenate([half, rng.integers(0, 2, size=int(rng.integers(0, 2))), half[::-1]])
        x = np.arange(1.0, len(y) + 1)
        scores = _exact_scores(x, y)
        best = min(scores)
        winners = [i for i, s in enumerate(scores) if s == best]
        others = [s for s in scores if s != best]
        if len(winners) == 2 and (not others or min(others) - best > Fraction(1, 10**9)):
            perm = rng.permutation(len(x))
            return x[perm], y[perm]


def hidden(rng):
    cases = []
    x, y = _random(rng, 30, 2, lambda y: np.round(rng.normal(size=len(y)) + y, 1))
    cases.append({"name": "n=30, two classes, repeated values", "args": [x, y]})
    x, y = _random(rng, 200, 3, lambda y: rng.normal(size=len(y)) + 0.8 * y)
    cases.append({"name": "n=200, three classes", "args": [x, y]})
    x, y = _random(rng, 50, 4, lambda y: rng.integers(0, 3, size=len(y)).astype(float))
    cases.append({"name": "only three distinct values, four classes", "args": [x, y]})
    x, y = _random(rng, 40, 2, lambda y: -100.0 + rng.normal(scale=20, size=len(y)) - 15 * y)
    cases.append({"name": "negative values, unsorted", "args": [x, y]})
    value = float(rng.normal())
    cases.append(
        {
            "name": "all x equal",
            "args": [np.full(6, value), rng.integers(0, 3, size=6).astype(np.int64)],
        }
    )
    cases.append(
        {
            "name": "a single point",
            "args": [rng.normal(size=1), np.array([int(rng.integers(0, 4))])],
        }
    )
    x = rng.normal(size=12)
    cases.append(
        {
            "name": "one class only: every split scores 0",
            "args": [x, np.full(12, 2, dtype=np.int64)],
        }
    )
    x = rng.permutation(np.arange(20, dtype=float)) * 0.5
    cases.append({"name": "perfectly separable", "args": [x, (x > x[3]).astype(np.int64)]})
    cases.append({"name": "mirrored tie", "args": list(_mirror_tie(rng))})
    x, y = _random(rng, 8, 2, lambda y: rng.choice([-1.5, 2.5], size=len(y)))
    cases.append({"name": "two distinct values", "args": [x, y]})
    x, y = _random(rng, 25, 3, lambda y: rng.normal(size=len(y)) * 3 + 2 * y)
    cases.append({"name": "labels 1, 4 and 9", "args": [x, np.array([1, 4, 9])[y]]})
    return cases
