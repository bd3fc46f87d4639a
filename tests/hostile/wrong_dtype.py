# exercise: kmeans
# expect: wrong_answer
import numpy as np

def kmeans(X, initial_centroids, max_iters=100):
    return initial_centroids.astype(np.float32), np.zeros(len(X))
