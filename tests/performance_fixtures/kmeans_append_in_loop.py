"""Correct but slow k-means: labels grown with np.append, one point at a time."""

import numpy as np


def kmeans(X, initial_centroids, max_iters=100):
    centroids = np.array(initial_centroids, dtype=float)
    labels = None
    for _ in range(max_iters):
        new_labels = np.array([], dtype=np.int64)
        for point in X:
            nearest = np.argmin(((centroids - point) ** 2).sum(axis=1))
            new_labels = np.append(new_labels, nearest)
        if labels is not None and np.array_equal(new_labels, labels):
            break
        labels = new_labels
        for k in range(len(centroids)):
            if np.any(labels == k):
                centroids[k] = X[labels == k].mean(axis=0)
    if labels is None:
        labels = np.zeros(len(X), dtype=np.int64)
    return centroids, labels.astype(np.int64)
