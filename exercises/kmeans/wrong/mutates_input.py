"""Moves the centroids inside initial_centroids itself, changing the caller's array."""

import numpy as np


def kmeans(X, initial_centroids, max_iters=100):
    centroids = initial_centroids
    labels = None
    for _ in range(max_iters):
        new = ((X[:, None, :] - centroids[None]) ** 2).sum(axis=2).argmin(axis=1)
        if labels is not None and np.array_equal(new, labels):
            break
        labels = new
        for k in range(len(centroids)):
            if np.any(labels == k):
                centroids[k] = X[labels == k].mean(axis=0)
    return centroids, labels
