"""One test point at a time: a stable argsort of its distances, then a Counter vote in which
the smallest of the tied labels wins."""

from collections import Counter

import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    X_train = np.asarray(X_train, dtype=float)
    out = []
    for x in np.asarray(X_test, dtype=float):
        dist = np.sqrt(((X_train - x) ** 2).sum(axis=1))
        nearest = np.argsort(dist, kind="stable")[:k]
        votes = Counter(int(v) for v in y_train[nearest])
        top = max(votes.values())
        out.append(min(label for label, count in votes.items() if count == top))
    return np.array(out, dtype=np.int64)
