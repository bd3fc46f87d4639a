import numpy as np


def visible():
    X = np.array([[0.0], [1.0], [2.0], [3.0]])
    y = np.array([0, 0, 1, 1])
    X2 = np.array([[1.0, 2.0], [2.0, 1.0], [-1.0, -1.5], [-2.0, -0.5], [0.5, -0.5], [-0.5, 0.5]])
    y2 = np.array([1, 1, 0, 0, 1, 0])
    return [
        {"name": "one step on four points", "args": [X, y], "kwargs": {"n_iters": 1}},
        {"name": "four points, default settings", "args": [X, y]},
        {"name": "six points in 2-D", "args": [X2, y2], "kwargs": {"lr": 0.5, "n_iters": 200}},
    ]


def _blobs(rng, n, d, gap=1.0, scale=1.0, p1=0.5):
    y = (rng.random(n) < p1).astype(np.int64)
    direction = rng.normal(size=d)
    direction /= np.linalg.norm(direction)
    X = rng.normal(size=(n, d)) + np.outer(2 * y - 1, direction) * gap + rng.normal(size=d)
    return X * scale, y


def _stable_lr(X):
    """Half the largest step that still descends steadily: the log loss's curvature is at most
    a quarter of the top eigenvalue of [X 1]^T [X 1] / n. Below that bound rounding errors are
    not amplified, so every correct order of the arithmetic lands on the same weights."""
    A = np.hstack([X, np.ones((len(X), 1))])
    curvature = np.linalg.eigvalsh(A.T @ A / len(X)).max() / 4
    return float(0.5 / curvature)


def hidden(rng):
    cases = []
    X, y = _blobs(rng, 100, 2)
    cases.append({"name": "overlapping blobs, n=100, d=2", "args": [X, y]})
    X, y = _blobs(rng, 300, 5, gap=0.7)
    cases.append({"name": "n=300, d=5", "args": [X, y], "kwargs": {"lr": 0.5, "n_iters": 300}})
    X, y = _blobs(rng, 200, 3)
    cases.append({"name": "only two steps", "args": [X, y], "kwargs": {"lr": 0.1, "n_iters": 2}})
    X, y = _blobs(rng, 80, 2, gap=4.0, scale=40.0)
    cases.append(
        {
            "name": "separable, large features, 400 steps at a stable rate",
            "args": [X, y],
            "kwargs": {"lr": _stable_lr(X), "n_iters": 400},
        }
    )
    X, y = _blobs(rng, 80, 2, gap=4.0, scale=40.0)
    cases.append(
        {
            "name": "large features, three big steps (logits in the hundreds)",
            "args": [X, y],
            "kwargs": {"lr": 0.05, "n_iters": 3},
        }
    )
    X, y = _blobs(rng, 120, 3, p1=0.1)
    cases.append(
        {"name": "imbalanced classes", "args": [X, y], "kwargs": {"lr": 0.2, "n_iters": 500}}
    )
    X = rng.normal(size=(30, 2))
    y = np.ones(30, dtype=np.int64)
    cases.append(
        {"name": "every label is 1", "args": [X, y], "kwargs": {"lr": 0.3, "n_iters": 100}}
    )
    X = rng.normal(size=(1, 3))
    cases.append({"name": "a single sample", "args": [X, np.array([0])], "kwargs": {"n_iters": 50}})
    X, y = _blobs(rng, 20, 2)
    cases.append({"name": "zero iterations", "args": [X, y], "kwargs": {"n_iters": 0}})
    X, y = _blobs(rng, 500, 8, gap=0.5)
    cases.append({"name": "n=500, d=8", "args": [X, y], "kwargs": {"lr": 1.0, "n_iters": 150}})
    return cases


def scaling(rng, n):
    """Timing input of n samples with five features, a hundred steps."""
    X, y = _blobs(rng, n, 5)
    return {"args": [X, y], "kwargs": {"lr": 0.5, "n_iters": 100}}
