"""Scores each candidate medoid by its total distance to every point in X instead of to the members of its own cluster, so the other clusters pull the medoid towards them."""

import numpy as np


def kmedoids_step(X, medoids):
    d = np.linalg.norm(X[:, None, :] - X[medoids][None, :, :], axis=2)
    labels = d.argmin(axis=1)
    D = np.linalg.norm(X[:, None, :] - X[None, :, :], axis=2)
    new, cost = [], 0.0
    for j in range(len(medoids)):
        members = np.flatnonzero(labels == j)
        pick = members[D[members].sum(axis=1).argmin()]
        new.append(pick)
        cost += float(D[pick, members].sum())
    return labels, np.array(new), cost
