"""Scales the penalty by n, solving the mean-squared-error objective instead of the sum."""

import numpy as np


def ridge_fit(X, y, lam):
    n = X.shape[0]
    Xc = X - X.mean(axis=0)
    w = np.linalg.solve(Xc.T @ Xc / n + lam * np.eye(X.shape[1]), Xc.T @ (y - y.mean()) / n)
    return w, float(y.mean() - X.mean(axis=0) @ w)
