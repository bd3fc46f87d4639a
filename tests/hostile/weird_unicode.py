# exercise: kmeans
# expect: wrong_answer
import numpy as np
# Ünïcödé ✓ 中文 𝔘 — fine in a comment
näme = 'ok'

def kmeans(X, initial_centroids, max_iters=100):
    return initial_centroids.copy(), np.zeros(len(X), dtype=np.int64)
