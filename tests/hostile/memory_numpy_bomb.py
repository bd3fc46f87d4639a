# exercise: kmeans
# expect: memory_limit_exceeded
import numpy as np

def kmeans(X, initial_centroids, max_iters=100):
    return np.ones((200_000, 100_000))
