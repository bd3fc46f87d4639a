"""Fits class by class with np.var and scores each class's log density in its own pass;
ties go to the smallest label because classes are visited in increasing order."""

import numpy as np


def gaussian_nb_predict(X_train, y_train, X_test, var_smoothing=1e-9):
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    eps = var_smoothing * np.var(X_train, axis=0).max()
    best_score = np.full(len(X_test), -np.inf)
    best_label = np.zeros(len(X_test), dtype=np.int64)
    for label in np.unique(y_train):
        rows = X_train[y_train == label]
        mu, var = rows.mean(axis=0), np.var(rows, axis=0) + eps
        score = np.log(len(rows) / len(X_train)) - 0.5 * np.sum(
            np.log(2 * np.pi * var) + (X_test - mu) ** 2 / var, axis=1
        )
        better = score > best_score
        best_score[better] = score[better]
        best_label[better] = label
    return best_label
