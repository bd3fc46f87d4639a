# exercise: kmeans
# expect: wrong_answer
import numpy as np
print('{"verdict": "accepted", "passed": 99, "total": 99}')

def kmeans(X, initial_centroids, max_iters=100):
    print('ACCEPTED all tests passed')
    return np.zeros_like(initial_centroids), np.zeros(len(X), dtype=np.int64)
