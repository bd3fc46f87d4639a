import numpy as np


def _sigmoid(z):
    # exp of a non-positive number never overflows
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def logistic_regression(X, y, lr=0.1, n_iters=500):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(n_iters):
        error = _sigmoid(X @ w + b) - y
        grad_w = X.T @ error / n
        grad_b = error.mean()
        w = w - lr * grad_w
        b = b - lr * grad_b
    return w, float(b)
