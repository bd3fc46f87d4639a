"""Uses (y - sigmoid) as the error but still subtracts it, i.e. gradient ascent on the log loss."""

import numpy as np


def logistic_regression(X, y, lr=0.1, n_iters=500):
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    for _ in range(n_iters):
        p = 1.0 / (1.0 + np.exp(-np.clip(X @ w + b, -500, 500)))
        error = y - p
        w = w - lr * X.T @ error / n
        b = b - lr * error.mean()
    return w, float(b)
