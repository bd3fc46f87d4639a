"""Assigns points once and only moves the centroids: the labels never change after round one."""

import numpy as np


def kmeans(X, initial_centroids, max_iters=100):
    X = np.asarray(X, dtype=float)
    centroids = np.array(initial_centroids, dtype=float)
    labels = ((X[:, None, :] - centroids[None]) ** 2).sum(axis=2).argmin(axis=1)
    for _ in range(max_iters):
        for k in range(len(centroids)):
            if np.any(labels == k):
                centroids[k] = X[labels == k].mean(axis=0)
    return centroids, labels
