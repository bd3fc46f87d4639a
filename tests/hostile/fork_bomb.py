# exercise: kmeans
# expect: runtime_error
# needs: seccomp
import os

def kmeans(X, initial_centroids, max_iters=100):
    while True:
        os.fork()
