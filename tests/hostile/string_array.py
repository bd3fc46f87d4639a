# exercise: kmeans
# expect: runtime_error
import numpy as np

def kmeans(X, initial_centroids, max_iters=100):
    return initial_centroids.astype(str), np.zeros(len(X), dtype=np.int64)
