"""Correct but slow k-means: a Python loop over the points for every assignment."""

import numpy as np


def kmeans(X, initial_centroids, max_iters=100):
    X = np.asarray(X, dtype=float)
    centroids = np.array(initial_centroids, dtype=float)
    n = len(X)
    labels = None
    for _ in range(max_iters):
        new_labels = np.zeros(n, dtype=np.int64)
        for i in range(n):
            distances = ((centroids - X[i]) ** 2).sum(axis=1)
            new_labels[i] = int(np.argmin(distances))
        if labels is not None and np.array_equal(new_labels, labels):
            break
        labels = new_labels
        for k in range(len(centroids)):
            members = X[labels == k]
            if len(members):
                centroids[k] = members.mean(axis=0)
    if labels is None:
        labels = np.zeros(n, dtype=np.int64)
    return centroids, labels
