import numpy as np


def pca(X, n_components):
    X = np.asarray(X, dtype=float)
    n = X.shape[0]
    centred = X - X.mean(axis=0)
    cov = centred.T @ centred / n
    values, vectors = np.linalg.eigh(cov)  # ascending eigenvalues, unit eigenvectors as columns
    order = np.argsort(values)[::-1][:n_components]
    components = vectors[:, order].T
    biggest = np.argmax(np.abs(components), axis=1)
    signs = np.sign(components[np.arange(len(components)), biggest])
    components = components * signs[:, None]
    ratio = values[order] / np.trace(cov)
    return components, ratio
