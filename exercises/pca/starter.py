import numpy as np


def pca(X, n_components):
    """Principal component analysis of the rows of X.

    X: float array (n, d); n_components: int k with 1 <= k <= d.
    Returns (components, explained_variance_ratio): float arrays (k, d) and (k,).
    """
    raise NotImplementedError
