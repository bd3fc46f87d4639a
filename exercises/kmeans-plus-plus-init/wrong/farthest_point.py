"""Deterministic farthest-point seeding: always takes the point with the largest D2."""

import numpy as np


def kmeans_pp_init(X, k, u):
    n = X.shape[0]
    idx = [int(u[0] * n)]
    d2 = np.sum((X - X[idx[0]]) ** 2, axis=1)
    for _ in range(1, k):
        i = int(np.argmax(d2))
        idx.append(i)
        d2 = np.minimum(d2, np.sum((X - X[i]) ** 2, axis=1))
    return np.array(idx, dtype=np.int64)
