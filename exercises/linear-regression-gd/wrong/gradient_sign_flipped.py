"""Steps along the gradient instead of against it (w += lr * grad), so the loss grows."""

import numpy as np


def linear_regression_gd(X, y, lr=0.1, n_iters=1000):
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    for _ in range(n_iters):
        r = X @ w + b - y
        w = w + lr * (2 / n) * (X.T @ r)
        b = b + lr * (2 / n) * r.sum()
    return w, float(b)
