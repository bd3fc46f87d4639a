"""Loops over the centroids (not the points) for distances and means; when max_iters stops
the run, returns the labels of the nearest returned centroid (the scikit-learn reading)."""

import numpy as np


def _nearest(X, centroids):
    best = np.full(len(X), np.inf)
    labels = np.zeros(len(X), dtype=np.int64)
    for j, c in enumerate(centroids):
        d2 = ((X - c) ** 2).sum(axis=1)
        closer = d2 < best  # strictly closer: a tie keeps the lower index
        best[closer] = d2[closer]
        labels[closer] = j
    return labels


def kmeans(X, initial_centroids, max_iters=100):
    X = np.asarray(X, dtype=float)
    centroids = np.array(initial_centroids, dtype=float)
    previous = None
    for _ in range(max_iters):
        labels = _nearest(X, centroids)
        if previous is not None and (labels == previous).all():
            break
        previous = labels
        for j in range(len(centroids)):
            mask = labels == j
            if mask.any():
                centroids[j] = X[mask].sum(axis=0) / mask.sum()
    return centroids, _nearest(X, centroids)
