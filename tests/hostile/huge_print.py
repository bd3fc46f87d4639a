# exercise: kmeans
# expect: output_limit_exceeded
def kmeans(X, initial_centroids, max_iters=100):
    for _ in range(200_000):
        print('spam ' * 20)
