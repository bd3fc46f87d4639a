import numpy as np


def visible():
    corpus = np.array([[1.0, 0.0], [0.0, 2.0], [3.0, 3.0], [-1.0, 0.0]])
    queries = np.array([[2.0, 0.1], [0.0, -1.0]])
    corpus2 = np.array([[1.0, 1.0, 0.0], [2.0, 2.0, 0.0], [0.0, 0.0, 1.0]])
    return [
        {"name": "two queries, k = 2", "args": [queries, corpus, 2]},
        {"name": "parallel rows tie, k = 3", "args": [np.array([[1.0, 1.0, 1.0]]), corpus2, 3]},
    ]


def _well_separated(q, c, k):
    sims = (q / np.linalg.norm(q, axis=1, keepdims=True)) @ (
        c / np.linalg.norm(c, axis=1, keepdims=True)
    ).T
    top = -np.sort(-sims, axis=1)[:, : min(k + 1, c.shape[0])]
    return np.all(np.abs(np.diff(top, axis=1)) > 1e-9)


def _case(rng, name, m, n, d, k, scale_spread=False):
    while True:
        q = rng.normal(size=(m, d))
        c = rng.normal(size=(n, d))
        if scale_spread:
            c *= rng.uniform(0.01, 100.0, size=(n, 1))
        if _well_separated(q, c, k):
            return {"name": name, "args": [q, c, k]}


def hidden(rng):
    return [
        _case(rng, "10 queries, 200 vectors, d = 16, k = 5", 10, 200, 16, 5),
        _case(rng, "rows of very different lengths", 8, 100, 8, 10, scale_spread=True),
        _case(rng, "k = n", 4, 12, 5, 12),
        _case(rng, "k = 1", 20, 50, 32, 1),
        _case(rng, "one query, d = 384", 1, 300, 384, 8),
        _case(rng, "two dimensions", 6, 40, 2, 4),
    ]
