import numpy as np


def linear_regression_gd(X, y, lr=0.1, n_iters=1000):
    """Fit y ~ X @ w + b by batch gradient descent on the mean squared error.

    X: float array (n, d); y: float array (n,).
    Returns (w, b): a float array (d,) and a Python float.
    """
    raise NotImplementedError
