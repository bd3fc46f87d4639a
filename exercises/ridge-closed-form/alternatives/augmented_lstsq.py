"""Least squares on an augmented system: sqrt(lam) * I rows below X, a free column of ones."""

import numpy as np


def ridge_fit(X, y, lam):
    n, d = X.shape
    top = np.hstack([np.ones((n, 1)), X])
    bottom = np.hstack([np.zeros((d, 1)), np.sqrt(lam) * np.eye(d)])
    A = np.vstack([top, bottom])
    rhs = np.concatenate([y, np.zeros(d)])
    theta = np.linalg.lstsq(A, rhs, rcond=None)[0]
    return theta[1:], float(theta[0])
