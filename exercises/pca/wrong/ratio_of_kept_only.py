"""Divides by the variance of the k kept components instead of the total variance of all d directions."""

import numpy as np


def pca(X, n_components):
    Xc = X - X.mean(axis=0)
    values, vectors = np.linalg.eigh(Xc.T @ Xc / len(X))
    order = np.argsort(values)[::-1][:n_components]
    comps = vectors[:, order].T
    big = np.argmax(np.abs(comps), axis=1)
    comps = comps * np.sign(comps[np.arange(len(comps)), big])[:, None]
    return comps, values[order] / values[order].sum()
