"""Assigns by Manhattan (L1) distance instead of squared Euclidean distance."""

import numpy as np


def kmeans(X, initial_centroids, max_iters=100):
    X = np.asarray(X, dtype=float)
    centroids = np.array(initial_centroids, dtype=float)
    labels = None
    for _ in range(max_iters):
        new = np.abs(X[:, None, :] - centroids[None]).sum(axis=2).argmin(axis=1)
        if labels is not None and np.array_equal(new, labels):
            break
        labels = new
        for k in range(len(centroids)):
            if np.any(labels == k):
                centroids[k] = X[labels == k].mean(axis=0)
    return centroids, labels
