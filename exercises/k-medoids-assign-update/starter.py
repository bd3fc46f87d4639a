import numpy as np


def kmedoids_step(X, medoids):
    """One k-medoids step: assign every row of X to its nearest medoid, then re-pick each medoid.

    X: float array (n, d); medoids: integer array (k,) of row indices into X.
    Returns (labels, new_medoids, cost): integer arrays (n,) and (k,), and a float.
    """
    raise NotImplementedError
