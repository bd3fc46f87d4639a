"""Descends the squared error (p - y)^2 through the sigmoid, adding a p(1 - p) factor the log loss cancels."""

import numpy as np


def logistic_regression(X, y, lr=0.1, n_iters=500):
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    for _ in range(n_iters):
        p = 1.0 / (1.0 + np.exp(-np.clip(X @ w + b, -500, 500)))
        error = (p - y) * p * (1 - p)
        w = w - lr * X.T @ error / n
        b = b - lr * error.mean()
    return w, float(b)
