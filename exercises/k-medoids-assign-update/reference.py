import numpy as np


def kmedoids_step(X, medoids):
    X = np.asarray(X, dtype=float)
    medoids = np.asarray(medoids)
    to_medoid = np.sqrt(((X[:, None, :] - X[medoids][None, :, :]) ** 2).sum(axis=2))
    labels = to_medoid.argmin(axis=1)  # argmin keeps the first of equal distances
    new_medoids = np.empty(len(medoids), dtype=np.int64)
    cost = 0.0
    for j in range(len(medoids)):
        members = np.flatnonzero(labels == j)  # increasing point indices
        P = X[members]
        within = np.sqrt(((P[:, None, :] - P[None, :, :]) ** 2).sum(axis=2))
        totals = within.sum(axis=1)
        best = int(totals.argmin())  # the lowest index among equal totals
        new_medoids[j] = members[best]
        cost += float(totals[best])
    return labels.astype(np.int64), new_medoids, cost
