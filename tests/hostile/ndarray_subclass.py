# exercise: kmeans
# expect: runtime_error
import numpy as np

class Liar(np.ndarray):
    def __eq__(self, other):
        return np.ones(np.shape(other), dtype=bool)

def kmeans(X, initial_centroids, max_iters=100):
    return np.zeros((3, 2)).view(Liar), np.zeros(4, dtype=np.int64).view(Liar)
