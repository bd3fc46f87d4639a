import numpy as np


def softmax_regression(X, y, W0, b0, lr, n_iters):
    """Fit softmax regression by full-batch gradient descent on the mean cross-entropy.

    X (n, d) floats, y (n,) class ids, W0 (d, k) and b0 (k,) the starting parameters.
    Returns (W, b, losses): W (d, k), b (k,), losses (n_iters + 1,) with losses[0] at the start.
    """
    raise NotImplementedError
