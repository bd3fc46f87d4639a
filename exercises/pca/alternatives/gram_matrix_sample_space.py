"""Works in sample space: eigenvectors u of the n x n Gram matrix C C^T of the centred data C
map to the directions C^T u / ||C^T u||, with the same nonzero eigenvalues as C^T C."""

import numpy as np


def pca(X, n_components):
    X = np.asarray(X, dtype=float)
    centred = X - X.mean(axis=0)
    values, u = np.linalg.eigh(centred @ centred.T)
    top = np.argsort(values)[::-1][:n_components]
    directions = centred.T @ u[:, top]  # (d, k); column j has length sqrt(values[top[j]])
    directions /= np.linalg.norm(directions, axis=0)
    rows = directions.T
    for row in rows:
        if row[np.argmax(np.abs(row))] < 0:
            row *= -1
    return rows, values[top] / np.sum(centred**2)
