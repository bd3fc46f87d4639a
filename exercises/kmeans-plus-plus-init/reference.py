import numpy as np


def kmeans_pp_init(X, k, u):
    n = X.shape[0]
    idx = [int(u[0] * n)]
    d2 = np.sum((X - X[idx[0]]) ** 2, axis=1)
    for j in range(1, k):
        c = np.cumsum(d2)
        i = int(np.searchsorted(c, u[j] * c[-1], side="right"))
        idx.append(i)
        d2 = np.minimum(d2, np.sum((X - X[i]) ** 2, axis=1))
    return np.array(idx, dtype=np.int64)
