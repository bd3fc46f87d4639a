import numpy as np


def kmeans(X, initial_centroids, max_iters=100):
    X = np.asarray(X, dtype=float)
    centroids = np.array(initial_centroids, dtype=float, copy=True)
    labels = None
    for _ in range(max_iters):
        distances = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
        new_labels = distances.argmin(axis=1)
        if labels is not None and np.array_equal(new_labels, labels):
            break
        labels = new_labels
        for k in range(len(centroids)):
            members = X[labels == k]
            if len(members):
                centroids[k] = members.mean(axis=0)
    if labels is None:
        labels = np.zeros(len(X), dtype=np.int64)
    return centroids, labels.astype(np.int64)
