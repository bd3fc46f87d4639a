import numpy as np


def visible():
    X = np.array([[0.0, 0.0], [1.0, 0.0], [10.0, 0.0], [11.0, 0.0]])
    X2 = np.array([[0.0, 0.0], [0.0, 1.0], [5.0, 5.0], [5.0, 6.0], [-4.0, 3.0]])
    return [
        {"name": "four points on a line, k = 3", "args": [X, 3, np.array([0.1, 0.5, 0.9])]},
        {"name": "five points, k = 2", "args": [X2, 2, np.array([0.95, 0.3])]},
    ]


def _draws(rng, X, k):
    """Draws chosen one at a time, each far (relative 1e-6) from every cumulative-sum boundary."""
    n = X.shape[0]
    u = [rng.uniform()]
    while abs(u[0] * n - round(u[0] * n)) < 1e-6:
        u[0] = rng.uniform()
    d2 = np.sum((X - X[int(u[0] * n)]) ** 2, axis=1)
    for _ in range(1, k):
        c = np.cumsum(d2)
        while True:
            v = rng.uniform()
            if np.min(np.abs(c - v * c[-1])) > 1e-6 * c[-1]:
                break
        u.append(v)
        i = int(np.searchsorted(c, v * c[-1], side="right"))
        d2 = np.minimum(d2, np.sum((X - X[i]) ** 2, axis=1))
    return np.array(u)


def _blobs(rng, n, d, centres, spread):
    means = rng.normal(scale=10.0, size=(centres, d))
    return means[rng.integers(centres, size=n)] + rng.normal(scale=spread, size=(n, d))


def _case(rng, name, X, k):
    return {"name": name, "args": [X, k, _draws(rng, X, k)]}


def hidden(rng):
    return [
        _case(rng, "200 points in 5 blobs, k = 5", _blobs(rng, 200, 2, 5, 1.0), 5),
        _case(rng, "uniform cloud, k = 8", rng.uniform(-1, 1, size=(100, 3)), 8),
        _case(rng, "k = 1", rng.normal(size=(30, 4)), 1),
        _case(rng, "k = n", rng.normal(size=(6, 2)), 6),
        _case(rng, "high-dimensional (d = 50), k = 4", rng.normal(size=(60, 50)), 4),
        _case(rng, "tight blobs far apart, k = 3", _blobs(rng, 90, 2, 3, 0.1), 3),
        _case(rng, "many centres (k = 20)", _blobs(rng, 300, 2, 10, 2.0), 20),
    ]
