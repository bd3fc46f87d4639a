# exercise: kmeans
# expect: memory_limit_exceeded
def kmeans(X, initial_centroids, max_iters=100):
    chunks = []
    while True:
        chunks.append(bytearray(50 * 1024 * 1024))
