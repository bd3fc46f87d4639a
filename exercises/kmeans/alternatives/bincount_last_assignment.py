"""Distances with einsum and every centroid moved at once with np.add.at and counts; returns
the labels of the last assignment made."""

import numpy as np


def kmeans(X, initial_centroids, max_iters=100):
    X = np.asarray(X, dtype=float)
    centroids = np.asarray(initial_centroids, dtype=float).copy()
    k = centroids.shape[0]
    labels = np.zeros(X.shape[0], dtype=np.int64)
    for round_ in range(max_iters):
        diff = X[:, np.newaxis, :] - centroids[np.newaxis, :, :]
        assignment = np.einsum("nkd,nkd->nk", diff, diff).argmin(axis=1)
        if round_ > 0 and np.array_equal(assignment, labels):
            break
        labels = assignment
        sums = np.zeros_like(centroids)
        np.add.at(sums, labels, X)
        counts = np.bincount(labels, minlength=k)
        filled = counts > 0
        centroids[filled] = sums[filled] / counts[filled, np.newaxis]
    return centroids, labels
