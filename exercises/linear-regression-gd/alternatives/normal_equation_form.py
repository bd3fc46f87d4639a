"""Precomputes X^T X, X^T y and the sums once, so each step costs O(d^2), not O(n d)."""

import numpy as np


def linear_regression_gd(X, y, lr=0.1, n_iters=1000):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    xtx, xty = X.T @ X, X.T @ y
    col_sums, y_sum = X.sum(axis=0), y.sum()
    w, b = np.zeros(d), 0.0
    for _ in range(n_iters):
        grad_w = 2.0 / n * (xtx @ w + col_sums * b - xty)
        grad_b = 2.0 / n * (col_sums @ w + n * b - y_sum)
        w, b = w - lr * grad_w, b - lr * grad_b
    return w, float(b)
