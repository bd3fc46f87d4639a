import numpy as np


def visible():
    X = np.array([[3.0, 1.0], [1.0, 2.0], [-1.0, 1.0], [1.0, 0.0]])
    X2 = np.array(
        [[1.0, 2.0, 0.0], [2.0, 3.5, 1.0], [3.0, 6.0, 0.5], [4.0, 8.5, 2.0], [5.0, 9.0, 1.0]]
    )
    return [
        {"name": "axis-aligned spread, both components", "args": [X, 2]},
        {"name": "axis-aligned spread, first component", "args": [X, 1]},
        {"name": "five points in 3-D", "args": [X2, 2]},
    ]


def _well_posed(X, k):
    """True if the top-k directions are unique and the sign rule has a clear winner."""
    centred = X - X.mean(axis=0)
    values, vectors = np.linalg.eigh(centred.T @ centred / len(X))
    values, vectors = values[::-1], vectors[:, ::-1]
    top = values[0]
    if top <= 0:
        return False
    upto = min(k + 1, len(values))
    if np.any(np.diff(values[:upto]) > -1e-2 * top):
        return False
    for j in range(k):
        a = np.sort(np.abs(vectors[:, j]))[::-1]
        if len(a) > 1 and a[0] - a[1] < 1e-3:
            return False
    return True


def _data(rng, n, d, k, spreads=None, offset=10.0):
    while True:
        s = (
            np.sort(rng.uniform(0.2, 5.0, size=d))[::-1]
            if spreads is None
            else np.asarray(spreads, float)
        )
        rotation, _ = np.linalg.qr(rng.normal(size=(d, d)))
        X = (rng.normal(size=(n, d)) * s) @ rotation.T + rng.uniform(-offset, offset, size=d)
        if _well_posed(X, k):
            return X


def hidden(rng):
    cases = []
    cases.append(
        {"name": "n=100, d=3, k=2", "args": [_data(rng, 100, 3, 2, spreads=[3.0, 2.0, 1.0]), 2]}
    )
    cases.append({"name": "n=200, d=6, k=3", "args": [_data(rng, 200, 6, 3), 3]})
    cases.append({"name": "d=2, k=1", "args": [_data(rng, 40, 2, 1, spreads=[2.0, 0.5]), 1]})
    cases.append(
        {
            "name": "all components (k = d)",
            "args": [_data(rng, 50, 4, 4, spreads=[4.0, 3.0, 2.0, 1.0]), 4],
        }
    )
    cases.append(
        {"name": "mean far from the origin", "args": [_data(rng, 80, 3, 2, offset=1000.0), 2]}
    )
    cases.append({"name": "fewer samples than features", "args": [_data(rng, 8, 12, 3), 3]})
    cases.append({"name": "one feature", "args": [_data(rng, 30, 1, 1), 1]})
    cases.append({"name": "n=500, d=10, k=5", "args": [_data(rng, 500, 10, 5), 5]})
    cases.append(
        {
            "name": "a dominant direction",
            "args": [_data(rng, 60, 5, 2, spreads=[20.0, 2.0, 1.0, 0.5, 0.1]), 2],
        }
    )
    return cases


def scaling(rng, n):
    """Timing input of n samples in 20 dimensions, five components."""
    spreads = np.linspace(5.0, 0.5, 20)
    return {"args": [rng.normal(size=(n, 20)) * spreads, 5]}
