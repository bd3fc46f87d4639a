# exercise: kmeans
# expect: time_limit_exceeded
import numpy as np

def kmeans(X, initial_centroids, max_iters=100):
    a = np.random.rand(300, 300)
    while True:
        a = a @ a
        a /= np.abs(a).max()
