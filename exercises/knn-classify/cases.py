import numpy as np


def visible():
    X_train = np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [5.0, 5.0], [6.0, 5.0]])
    y_train = np.array([0, 0, 1, 1, 1])
    X_test = np.array([[0.2, 0.1], [5.5, 5.0], [0.0, 0.5]])
    return [
        {"name": "two groups, k=3", "args": [X_train, y_train, X_test, 3]},
        {
            "name": "a 1-1 vote goes to the smaller label (k=2)",
            "args": [X_train, y_train, X_test, 2],
        },
        {
            "name": "equal distances: the lower training index wins",
            "args": [np.array([[1.0], [-1.0], [3.0]]), np.array([2, 1, 1]), np.array([[0.0]]), 1],
        },
    ]


def _blobs(rng, n, d, n_classes, spread=1.5):
    centres = rng.uniform(-5, 5, size=(n_classes, d))
    y = rng.integers(0, n_classes, size=n).astype(np.int64)
    X = centres[y] + rng.normal(scale=spread, size=(n, d))
    return X, y


def hidden(rng):
    cases = []
    X, y = _blobs(rng, 150, 2, 3)
    Q, _ = _blobs(rng, 40, 2, 3, spread=3.0)
    cases.append({"name": "three blobs, k=5", "args": [X, y, Q, 5]})
    X, y = _blobs(rng, 200, 5, 4, spread=2.5)
    Q = rng.uniform(-6, 6, size=(50, 5))
    cases.append({"name": "n=200, d=5, four classes, k=7", "args": [X, y, Q, 7]})
    X, y = _blobs(rng, 60, 3, 2)
    Q = rng.uniform(-6, 6, size=(30, 3))
    cases.append({"name": "k=1 (nearest neighbour)", "args": [X, y, Q, 1]})
    X, y = _blobs(rng, 25, 2, 3)
    Q = rng.normal(size=(5, 2))
    cases.append({"name": "k = n: every training point votes", "args": [X, y, Q, 25]})
    # integer coordinates: many exactly equal distances and tied votes
    X = rng.integers(-3, 4, size=(40, 2)).astype(float)
    y = rng.integers(0, 3, size=40).astype(np.int64)
    Q = rng.integers(-3, 4, size=(30, 2)).astype(float) + 0.5 * rng.integers(0, 2, size=(30, 2))
    cases.append(
        {
            "name": "grid points: ties in distance and in the vote",
            "args": [X, y, Q, int(rng.integers(2, 7))],
        }
    )
    cases.append(
        {
            "name": "1-1 vote between labels 4 and 1",
            "args": [np.array([[0.0], [2.0], [7.0]]), np.array([4, 1, 4]), np.array([[1.0]]), 2],
        }
    )
    X, y = _blobs(rng, 90, 2, 3)
    labels = np.array([2, 5, 9])
    cases.append(
        {
            "name": "labels 2, 5 and 9; even k",
            "args": [X, labels[y], rng.uniform(-6, 6, size=(40, 2)), 4],
        }
    )
    cases.append({"name": "no test points", "args": [X, y, np.zeros((0, 2)), 3]})
    point = rng.normal(size=(1, 3))
    cases.append(
        {
            "name": "a single training point",
            "args": [point, np.array([int(rng.integers(0, 5))]), rng.normal(size=(4, 3)), 1],
        }
    )
    cases.append(
        {
            "name": "Euclidean, not Manhattan",
            "args": [
                np.array([[3.0, 0.0], [2.0, 2.0]]),
                np.array([0, 1]),
                np.array([[0.0, 0.0]]),
                1,
            ],
        }
    )
    cases.append(
        {
            "name": "exactly k neighbours vote",
            "args": [np.array([[0.0], [1.0], [2.0]]), np.array([0, 1, 1]), np.array([[0.1]]), 2],
        }
    )
    return cases
