"""Folds the bias into the weights as a column of ones, and a sigmoid built on np.logaddexp."""

import numpy as np


def logistic_regression(X, y, lr=0.1, n_iters=500):
    X = np.asarray(X, dtype=float)
    A = np.hstack([X, np.ones((X.shape[0], 1))])
    theta = np.zeros(A.shape[1])
    target = np.asarray(y, dtype=float)
    for _ in range(n_iters):
        z = A @ theta
        p = np.exp(-np.logaddexp(0.0, -z))  # 1 / (1 + e^-z), computed in log space
        theta = theta - lr * A.T @ (p - target) / len(target)
    return theta[:-1], float(theta[-1])
