"""Forgets to subtract the mean, so the first component points at the mean instead of along the spread."""

import numpy as np


def pca(X, n_components):
    cov = X.T @ X / len(X)
    values, vectors = np.linalg.eigh(cov)
    order = np.argsort(values)[::-1][:n_components]
    comps = vectors[:, order].T
    big = np.argmax(np.abs(comps), axis=1)
    comps = comps * np.sign(comps[np.arange(len(comps)), big])[:, None]
    return comps, values[order] / values.sum()
