import numpy as np


def logistic_regression(X, y, lr=0.1, n_iters=500):
    """Fit a logistic-regression classifier by batch gradient descent on the mean log loss.

    X: float array (n, d); y: integer array (n,) of 0s and 1s.
    Returns (w, b): a float array (d,) and a Python float.
    """
    raise NotImplementedError
