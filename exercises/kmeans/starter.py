import numpy as np


def kmeans(X, initial_centroids, max_iters=100):
    """Cluster the rows of X with Lloyd's algorithm.

    Returns (centroids, labels): a float array (k, d) and an integer array (n,).
    """
    raise NotImplementedError
