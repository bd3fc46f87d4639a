# exercise: kmeans
# expect: time_limit_exceeded
def kmeans(X, initial_centroids, max_iters=100):
    while True:
        pass
