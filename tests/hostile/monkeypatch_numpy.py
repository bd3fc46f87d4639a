# exercise: kmeans
# expect: wrong_answer
import numpy as np
np.allclose = lambda *a, **k: True
np.isclose = lambda a, b, *x, **k: np.ones(np.shape(a), dtype=bool)
np.array_equal = lambda *a, **k: True
np.testing.assert_allclose = lambda *a, **k: None

def kmeans(X, initial_centroids, max_iters=100):
    return np.zeros_like(initial_centroids), np.zeros(len(X), dtype=np.int64)
