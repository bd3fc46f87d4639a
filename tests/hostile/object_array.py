# exercise: kmeans
# expect: runtime_error
import numpy as np

def kmeans(X, initial_centroids, max_iters=100):
    return np.array([object()] * 3, dtype=object), np.zeros(len(X), dtype=object)
