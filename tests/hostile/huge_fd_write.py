# exercise: kmeans
# expect: output_limit_exceeded
import os

def kmeans(X, initial_centroids, max_iters=100):
    block = b'x' * 65536
    for _ in range(100):
        try:
            os.write(1, block)
        except OSError:
            pass
