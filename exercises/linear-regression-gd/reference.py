import numpy as np


def linear_regression_gd(X, y, lr=0.1, n_iters=1000):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(n_iters):
        residual = X @ w + b - y
        grad_w = (2.0 / n) * (X.T @ residual)
        grad_b = (2.0 / n) * residual.sum()
        w = w - lr * grad_w
        b = b - lr * grad_b
    return w, float(b)
