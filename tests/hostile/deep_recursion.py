# exercise: kmeans
# expect: runtime_error
def kmeans(X, initial_centroids, max_iters=100):
    return kmeans(X, initial_centroids, max_iters)
