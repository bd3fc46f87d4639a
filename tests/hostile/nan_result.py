# exercise: kmeans
# expect: wrong_answer
import numpy as np

def kmeans(X, initial_centroids, max_iters=100):
    return np.full(initial_centroids.shape, np.nan), np.zeros(len(X), dtype=np.int64)
