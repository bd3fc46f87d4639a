# exercise: kmeans
# expect: runtime_error
# needs: seccomp
import multiprocessing

def kmeans(X, initial_centroids, max_iters=100):
    with multiprocessing.Pool(2) as pool:
        return pool.map(abs, [1, 2])
