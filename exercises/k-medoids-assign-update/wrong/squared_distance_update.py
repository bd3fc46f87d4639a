"""Chooses the medoid by the smallest sum of squared distances (the k-means objective, which picks the member nearest the cluster's mean) instead of the smallest sum of plain distances."""

import numpy as np


def kmedoids_step(X, medoids):
    d = np.linalg.norm(X[:, None, :] - X[medoids][None, :, :], axis=2)
    labels = d.argmin(axis=1)
    new, cost = [], 0.0
    for j in range(len(medoids)):
        members = np.flatnonzero(labels == j)
        P = X[members]
        sq = ((P[:, None, :] - P[None, :, :]) ** 2).sum(axis=2)
        pick = members[sq.sum(axis=1).argmin()]
        new.append(pick)
        cost += float(np.linalg.norm(P - X[pick], axis=1).sum())
    return labels, np.array(new), cost
