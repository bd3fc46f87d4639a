"""Averages the two child impurities equally instead of weighting them by child size."""

import numpy as np


def best_split(x, y):
    order = np.argsort(x, kind="stable")
    xs, ys = x[order], y[order]
    n = len(xs)

    def gini(labels):
        _, counts = np.unique(labels, return_counts=True)
        p = counts / len(labels)
        return 1.0 - (p**2).sum()

    best_t, best_g = None, gini(ys)
    for i in range(n - 1):
        if xs[i] == xs[i + 1]:
            continue
        g = (gini(ys[: i + 1]) + gini(ys[i + 1 :])) / 2
        if best_t is None or g < best_g:
            best_t, best_g = (xs[i] + xs[i + 1]) / 2, g
    return best_t, best_g
