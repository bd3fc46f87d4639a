"""One n x n distance matrix; each cluster's candidates are scored with a membership mask and
non-members are pushed to infinity, then a single argmin per cluster."""

import numpy as np


def kmedoids_step(X, medoids):
    diff = X[:, None, :] - X[None, :, :]
    D = np.sqrt(np.einsum("ijd,ijd->ij", diff, diff))
    labels = np.argmin(D[:, medoids], axis=1)
    k = len(medoids)
    member = labels[None, :] == np.arange(k)[:, None]  # (k, n)
    new = np.empty(k, dtype=np.int64)
    cost = 0.0
    for j in range(k):
        totals = np.where(member[j], D, 0.0).sum(axis=1)
        totals[~member[j]] = np.inf
        new[j] = np.argmin(totals)
        cost += totals[new[j]]
    return labels.astype(np.int64), new, float(cost)
