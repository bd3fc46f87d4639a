# exercise: kmeans
# expect: compile_error
def k_means(X, initial_centroids, max_iters=100):
    return None
