"""Uses the data values themselves as thresholds (split x < v, return v) instead of midpoints."""

import numpy as np


def best_split(x, y):
    n = len(x)

    def gini(labels):
        _, counts = np.unique(labels, return_counts=True)
        p = counts / len(labels)
        return 1.0 - (p**2).sum()

    best_t, best_g = None, gini(y)
    for v in np.unique(x)[1:]:
        left, right = y[x < v], y[x >= v]
        g = (len(left) * gini(left) + len(right) * gini(right)) / n
        if best_t is None or g < best_g:
            best_t, best_g = float(v), g
    return best_t, best_g
