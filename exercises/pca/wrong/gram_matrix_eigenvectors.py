"""Takes eigenvectors of the n x n matrix Xc Xc^T (one entry per sample) instead of the d x d covariance."""

import numpy as np


def pca(X, n_components):
    Xc = X - X.mean(axis=0)
    values, vectors = np.linalg.eigh(Xc @ Xc.T / len(X))
    order = np.argsort(values)[::-1][:n_components]
    comps = vectors[:, order].T
    big = np.argmax(np.abs(comps), axis=1)
    comps = comps * np.sign(comps[np.arange(len(comps)), big])[:, None]
    return comps, values[order] / values.sum()
