# exercise: kmeans
# expect: runtime_error
import numpy as np

class Fake:
    def __array__(self, dtype=None, copy=None):
        return np.zeros((2, 2))

def kmeans(X, initial_centroids, max_iters=100):
    return Fake(), Fake()
