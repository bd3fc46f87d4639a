# exercise: kmeans
# expect: memory_limit_exceeded
def kmeans(X, initial_centroids, max_iters=100):
    x = [0] * (10 ** 10)
    return x
