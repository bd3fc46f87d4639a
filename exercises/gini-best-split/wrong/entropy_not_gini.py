"""Scores splits by weighted entropy (information gain) instead of weighted Gini impurity."""

import numpy as np


def best_split(x, y):
    order = np.argsort(x, kind="stable")
    xs, ys = x[order], y[order]
    n = len(xs)

    def entropy(labels):
        _, counts = np.unique(labels, return_counts=True)
        p = counts / len(labels)
        return float(-(p * np.log2(p)).sum())

    best_t, best_g = None, entropy(ys)
    for i in range(n - 1):
        if xs[i] == xs[i + 1]:
            continue
        nl = i + 1
        g = (nl * entropy(ys[:nl]) + (n - nl) * entropy(ys[nl:])) / n
        if best_t is None or g < best_g:
            best_t, best_g = (xs[i] + xs[i + 1]) / 2, g
    return best_t, best_g
