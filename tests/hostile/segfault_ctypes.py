# exercise: kmeans
# expect: runtime_error
import ctypes

def kmeans(X, initial_centroids, max_iters=100):
    ctypes.string_at(0)
