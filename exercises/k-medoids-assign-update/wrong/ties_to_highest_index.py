"""Breaks ties towards the highest index (scanning with <=), both when a point is equally far from two medoids and when two members are equally good medoids."""

import numpy as np


def kmedoids_step(X, medoids):
    d = np.linalg.norm(X[:, None, :] - X[medoids][None, :, :], axis=2)
    k = len(medoids)
    labels = k - 1 - d[:, ::-1].argmin(axis=1)
    new, cost = [], 0.0
    for j in range(k):
        members = np.flatnonzero(labels == j)
        P = X[members]
        totals = np.linalg.norm(P[:, None, :] - P[None, :, :], axis=2).sum(axis=1)
        best = len(members) - 1 - totals[::-1].argmin()
        new.append(members[best])
        cost += float(totals[best])
    return labels, np.array(new), cost
