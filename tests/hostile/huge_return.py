# exercise: kmeans
# expect: output_limit_exceeded|memory_limit_exceeded
def kmeans(X, initial_centroids, max_iters=100):
    return ['x' * 1000] * 20000, []
