# exercise: kmeans
# expect: wrong_answer
import numpy as np

def kmeans(X, initial_centroids, max_iters=100):
    X = np.asarray(X, dtype=float)
    c = initial_centroids
    labels = None
    for _ in range(max_iters):
        new = ((X[:, None] - c[None]) ** 2).sum(2).argmin(1)
        if labels is not None and (new == labels).all():
            break
        labels = new
        for k in range(len(c)):
            if (labels == k).any():
                c[k] = X[labels == k].mean(0)
    X[:] = 0
    return c, labels
