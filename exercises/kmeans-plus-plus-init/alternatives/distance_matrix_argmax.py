"""Squared distances from the expanded dot-product formula, the pick by argmax on a boolean mask."""

import numpy as np


def kmeans_pp_init(X, k, u):
    n = X.shape[0]
    sq = np.einsum("ij,ij->i", X, X)
    gram = sq[:, None] + sq[None, :] - 2.0 * X @ X.T
    chosen = [int(np.floor(u[0] * n))]
    for j in range(1, k):
        d2 = np.clip(gram[:, chosen].min(axis=1), 0.0, None)
        d2[chosen] = 0.0
        cum = np.cumsum(d2)
        chosen.append(int(np.argmax(cum > u[j] * cum[-1])))
    return np.array(chosen, dtype=np.int64)
