"""Uses the distance to the most recently chosen centre, not to the nearest chosen centre."""

import numpy as np


def kmeans_pp_init(X, k, u):
    n = X.shape[0]
    idx = [int(u[0] * n)]
    for j in range(1, k):
        d2 = np.sum((X - X[idx[-1]]) ** 2, axis=1)
        c = np.cumsum(d2)
        idx.append(int(np.searchsorted(c, u[j] * c[-1], side="right")))
    return np.array(idx, dtype=np.int64)
