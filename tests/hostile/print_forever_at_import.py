# exercise: kmeans
# expect: output_limit_exceeded
while True:
    print('still loading')


def kmeans(X, initial_centroids, max_iters=100):
    return initial_centroids, [0] * len(X)
