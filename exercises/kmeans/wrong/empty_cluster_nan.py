"""Takes the mean of an empty cluster, which turns its centroid into NaN."""

import numpy as np


def kmeans(X, initial_centroids, max_iters=100):
    X = np.asarray(X, dtype=float)
    centroids = np.array(initial_centroids, dtype=float)
    labels = None
    for _ in range(max_iters):
        new = ((X[:, None, :] - centroids[None]) ** 2).sum(axis=2).argmin(axis=1)
        if labels is not None and np.array_equal(new, labels):
            break
        labels = new
        centroids = np.array([X[labels == k].mean(axis=0) for k in range(len(centroids))])
    return centroids, labels
