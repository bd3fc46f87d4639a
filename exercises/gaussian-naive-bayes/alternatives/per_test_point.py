"""Fits the class statistics with one-hot matrix products, then scores one test point at a
time; np.argmax's first maximum is the smallest label, as classes come sorted."""

import numpy as np


def gaussian_nb_predict(X_train, y_train, X_test, var_smoothing=1e-9):
    X_train = np.asarray(X_train, dtype=float)
    classes = np.unique(y_train)
    member = (np.asarray(y_train)[:, None] == classes[None, :]).astype(float)  # (n, C)
    counts = member.sum(axis=0)
    mu = member.T @ X_train / counts[:, None]
    var = np.stack(
        [((X_train[member[:, c] > 0] - mu[c]) ** 2).mean(axis=0) for c in range(len(classes))]
    )
    var = var + var_smoothing * X_train.var(axis=0).max()
    log_prior = np.log(counts) - np.log(len(X_train))
    log_norm = -0.5 * np.log(2 * np.pi * var).sum(axis=1)
    labels = [
        classes[np.argmax(log_prior + log_norm - 0.5 * ((x - mu) ** 2 / var).sum(axis=1))]
        for x in np.asarray(X_test, dtype=float)
    ]
    return np.array(labels) if labels else np.array([])  # an empty float array is accepted
