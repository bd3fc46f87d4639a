# exercise: kmeans
# expect: wrong_answer
import numpy as np

def kmeans(X, initial_centroids, max_iters=100):
    return X.mean(axis=0, keepdims=True), np.zeros(len(X), dtype=np.int64)
