"""Off by one: takes the first k + 1 sorted neighbours (as if skipping the point itself)."""

import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    d2 = ((X_test[:, None, :] - X_train[None]) ** 2).sum(-1)
    nearest = np.argsort(d2, axis=1, kind="stable")[:, : k + 1]
    out = []
    for row in y_train[nearest]:
        values, counts = np.unique(row, return_counts=True)
        out.append(values[np.argmax(counts)])
    return np.array(out, dtype=np.int64)
