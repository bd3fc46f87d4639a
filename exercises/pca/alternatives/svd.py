"""Singular value decomposition of the centred data: the right singular vectors are the
directions, the squared singular values are proportional to the variances."""

import numpy as np


def pca(X, n_components):
    X = np.asarray(X, dtype=float)
    centred = X - X.mean(axis=0)
    _, s, vt = np.linalg.svd(centred, full_matrices=False)
    variances = s**2
    comps = vt[:n_components]
    flip = np.sign(comps[np.arange(n_components), np.abs(comps).argmax(axis=1)])
    return comps * flip[:, None], variances[:n_components] / variances.sum()
