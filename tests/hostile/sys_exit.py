# exercise: kmeans
# expect: runtime_error
import sys

def kmeans(X, initial_centroids, max_iters=100):
    sys.exit(0)
