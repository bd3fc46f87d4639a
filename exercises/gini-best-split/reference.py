import numpy as np


def _gini(counts, totals):
    """Gini impurity 1 - sum_k p_k^2 for each row of class counts."""
    p = counts / totals[:, None]
    return 1.0 - (p * p).sum(axis=1)


def best_split(x, y):
    x = np.asarray(x, dtype=float)
    y = np.asarray(y)
    n = len(x)
    order = np.argsort(x, kind="stable")
    xs, ys = x[order], y[order]
    classes = np.unique(ys)
    onehot = (ys[:, None] == classes[None, :]).astype(float)  # (n, n_classes)
    totals = onehot.sum(axis=0)
    parent = float(_gini(totals[None, :], np.array([float(n)]))[0])

    # candidate i puts the first i + 1 sorted points on the left
    valid = np.flatnonzero(xs[:-1] < xs[1:])
    if len(valid) == 0:
        return None, parent
    left = np.cumsum(onehot, axis=0)[valid]
    right = totals[None, :] - left
    n_left = (valid + 1).astype(float)
    n_right = n - n_left
    weighted = (n_left * _gini(left, n_left) + n_right * _gini(right, n_right)) / n
    best = int(np.argmin(weighted))  # first minimum = smallest threshold
    i = valid[best]
    return float((xs[i] + xs[i + 1]) / 2), float(weighted[best])
