"""The sigmoid through tanh, 0.5 (1 + tanh(z / 2)), which cannot overflow; gradients with
einsum and the bias kept apart."""

import numpy as np


def logistic_regression(X, y, lr=0.1, n_iters=500):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n = X.shape[0]
    w = np.zeros(X.shape[1])
    b = 0.0
    for _ in range(n_iters):
        p = 0.5 * (1.0 + np.tanh(0.5 * (np.einsum("nd,d->n", X, w) + b)))
        residual = p - y
        w, b = w - lr * np.einsum("nd,n->d", X, residual) / n, b - lr * residual.sum() / n
    return w, float(b)
