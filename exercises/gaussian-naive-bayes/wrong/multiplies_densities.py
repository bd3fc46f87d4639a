"""Multiplies raw densities instead of adding logs: with many wide features every product underflows to 0."""

import numpy as np


def gaussian_nb_predict(X_train, y_train, X_test, var_smoothing=1e-9):
    classes = np.unique(y_train)
    eps = var_smoothing * X_train.var(axis=0).max()
    probs = []
    for c in classes:
        rows = X_train[y_train == c]
        mu, var = rows.mean(axis=0), rows.var(axis=0) + eps
        density = np.exp(-((X_test - mu) ** 2) / (2 * var)) / np.sqrt(2 * np.pi * var)
        probs.append(len(rows) / len(y_train) * density.prod(axis=1))
    return classes[np.argmax(np.array(probs).reshape(len(classes), -1), axis=0)]
