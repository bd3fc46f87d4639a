"""A column of ones carries the bias, so one vector update covers w and b together."""

import numpy as np


def linear_regression_gd(X, y, lr=0.1, n_iters=1000):
    X = np.asarray(X, dtype=float)
    A = np.column_stack([X, np.ones(len(X))])
    theta = np.zeros(A.shape[1])
    for _ in range(n_iters):
        theta -= lr * 2.0 * A.T @ (A @ theta - y) / len(y)
    return theta[:-1].copy(), float(theta[-1])
