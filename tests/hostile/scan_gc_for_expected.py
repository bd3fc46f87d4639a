# exercise: kmeans
# expect: wrong_answer
import gc
import numpy as np

def kmeans(X, initial_centroids, max_iters=100):
    k, d = initial_centroids.shape
    for obj in gc.get_objects():
        if isinstance(obj, np.ndarray) and obj.shape == (k, d) and obj is not initial_centroids:
            return obj.copy(), np.zeros(len(X), dtype=np.int64)
    return initial_centroids.copy(), np.zeros(len(X), dtype=np.int64)
