# exercise: kmeans
# expect: runtime_error
import os

def kmeans(X, initial_centroids, max_iters=100):
    os._exit(0)
