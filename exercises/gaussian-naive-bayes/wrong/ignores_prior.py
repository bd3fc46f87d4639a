"""Drops the log prior: picks the class with the highest likelihood, as if all classes were equally common."""

import numpy as np


def gaussian_nb_predict(X_train, y_train, X_test, var_smoothing=1e-9):
    classes = np.unique(y_train)
    eps = var_smoothing * X_train.var(axis=0).max()
    scores = []
    for c in classes:
        rows = X_train[y_train == c]
        mu, var = rows.mean(axis=0), rows.var(axis=0) + eps
        scores.append(-0.5 * (np.log(2 * np.pi * var) + (X_test - mu) ** 2 / var).sum(axis=1))
    return classes[np.argmax(np.array(scores).reshape(len(classes), -1), axis=0)]
