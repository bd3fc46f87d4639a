"""Weights the points by the distance D instead of the squared distance D**2."""

import numpy as np


def kmeans_pp_init(X, k, u):
    n = X.shape[0]
    idx = [int(u[0] * n)]
    dist = np.linalg.norm(X - X[idx[0]], axis=1)
    for j in range(1, k):
        c = np.cumsum(dist)
        i = int(np.searchsorted(c, u[j] * c[-1], side="right"))
        idx.append(i)
        dist = np.minimum(dist, np.linalg.norm(X - X[i], axis=1))
    return np.array(idx, dtype=np.int64)
