# exercise: kmeans
# expect: time_limit_exceeded
import time

def kmeans(X, initial_centroids, max_iters=100):
    time.sleep(1000)
