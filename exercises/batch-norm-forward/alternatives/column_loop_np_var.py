"""One feature column at a time, using np.var (population variance, ddof=0)."""

import numpy as np


def batch_norm_forward(x, gamma, beta, eps=1e-5):
    x = np.asarray(x, dtype=float)
    out = np.empty_like(x)
    for j in range(x.shape[1]):
        col = x[:, j]
        out[:, j] = gamma[j] * (col - col.mean()) / np.sqrt(np.var(col) + eps) + beta[j]
    return out
