# exercise: kmeans
# expect: runtime_error
def helper(x):
    return x[10 ** 9]

def kmeans(X, initial_centroids, max_iters=100):
    return helper(X)
