import numpy as np


def kmeans_pp_init(X, k, u):
    """k-means++ seeding of k centres from X (n, d), using the uniform draws u (k,) in order.

    Returns the chosen point indices as an integer array of shape (k,).
    """
    raise NotImplementedError
