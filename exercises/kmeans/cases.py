import numpy as np


def visible():
    X = np.array([[0.0, 0.0], [0.0, 1.0], [10.0, 10.0], [10.0, 11.0]])
    three = np.array(
        [[1.0, 1.0], [1.5, 2.0], [3.0, 4.0], [5.0, 7.0], [3.5, 5.0], [4.5, 5.0], [3.5, 4.5]]
    )
    return [
        {"name": "two obvious clusters", "args": [X, np.array([[0.0, 0.0], [10.0, 10.0]])]},
        {"name": "seven points, k=2", "args": [three, three[[0, 3]].copy()]},
        {
            "name": "an empty cluster keeps its centroid",
            "args": [X, np.array([[0.0, 0.5], [10.0, 10.5], [100.0, 100.0]])],
        },
    ]


def _blobs(rng, n, k, d):
    centres = rng.uniform(-10, 10, size=(k, d))
    X = np.concatenate([c + rng.normal(scale=1.5, size=(n // k, d)) for c in centres])
    rng.shuffle(X)
    return X


def hidden(rng):
    cases = []
    for i, (n, k, d) in enumerate([(60, 3, 2), (200, 4, 3), (500, 5, 8), (90, 2, 1), (300, 6, 4)]):
        X = _blobs(rng, n, k, d)
        start = X[rng.choice(len(X), size=k, replace=False)].copy()
        cases.append(
            {"name": f"random blobs {i + 1} (n={len(X)}, k={k}, d={d})", "args": [X, start]}
        )
    X = _blobs(rng, 120, 3, 2)
    cases.append(
        {"name": "stops after max_iters", "args": [X, X[:3].copy()], "kwargs": {"max_iters": 1}}
    )
    ties = np.array([[0.0], [2.0], [1.0], [1.0]])
    cases.append({"name": "ties go to the lowest index", "args": [ties, np.array([[0.0], [2.0]])]})
    far = _blobs(rng, 40, 2, 2)
    start = np.vstack([far[:2], [[1e3, 1e3]]])
    cases.append({"name": "a centroid far from every point", "args": [far, start]})
    return cases


def scaling(rng, n):
    """Timing input of n points: uniform in a square, so ten rounds run before settling."""
    X = rng.uniform(-10, 10, size=(n, 2))
    return {"args": [X, X[:4].copy()], "kwargs": {"max_iters": 10}}
