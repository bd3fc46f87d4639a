# exercise: kmeans
# expect: wrong_answer
import sys
import numpy as np

def kmeans(X, initial_centroids, max_iters=100):
    frame = sys._getframe(1)
    while frame is not None:
        for name in ('expected', 'want', 'answer'):
            if name in frame.f_locals:
                return frame.f_locals[name]
        frame = frame.f_back
    return initial_centroids.copy(), np.zeros(len(X), dtype=np.int64)
