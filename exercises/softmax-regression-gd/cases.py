import numpy as np


def visible():
    X = np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, -1.0]])
    y = np.array([0, 1, 2])
    X2 = np.array([[0.0, 2.0], [1.0, 1.5], [2.0, 0.0], [1.5, -1.0], [-1.0, -1.0], [-2.0, 0.5]])
    y2 = np.array([0, 0, 1, 1, 2, 2])
    return [
        {"name": "one step from zero", "args": [X, y, np.zeros((2, 3)), np.zeros(3), 0.3, 1]},
        {
            "name": "six points, three classes, 50 steps",
            "args": [X2, y2, np.zeros((2, 3)), np.zeros(3), 0.5, 50],
        },
    ]


def _stable_lr(X):
    """Half the largest step that still descends steadily. The Hessian of the mean softmax
    cross-entropy is at most half the top eigenvalue of [X 1]^T [X 1] / n, so 1 / that
    eigenvalue keeps every step contracting and rounding errors from growing."""
    A = np.hstack([X, np.ones((len(X), 1))])
    return float(1.0 / np.linalg.eigvalsh(A.T @ A / len(X)).max())


def _blobs(rng, n, d, k, spread=1.0, present=None):
    """n points in k Gaussian blobs; every class in `present` (default all k) appears, 0 first."""
    present = np.arange(k) if present is None else np.asarray(present)
    y = present[np.arange(n) % len(present)]
    rng.shuffle(y[1:])
    centres = rng.normal(scale=2.0, size=(k, d))
    X = centres[y] + rng.normal(scale=spread, size=(n, d))
    return X, y.astype(np.int64)


def _case(rng, name, X, y, k, n_iters, init_scale=0.0, lr=None, b_shift=0.0):
    d = X.shape[1]
    W0 = rng.normal(scale=init_scale, size=(d, k)) if init_scale else np.zeros((d, k))
    b0 = rng.normal(scale=init_scale, size=k) + b_shift if init_scale else np.zeros(k) + b_shift
    lr = _stable_lr(X) if lr is None else lr
    return {"name": name, "args": [X, y, W0, b0, lr, n_iters]}


def hidden(rng):
    cases = []
    X, y = _blobs(rng, 150, 2, 3)
    cases.append(_case(rng, "three blobs in 2-D, from zero, 200 steps", X, y, 3, 200))
    X, y = _blobs(rng, 300, 5, 4, spread=1.5)
    cases.append(_case(rng, "n=300, d=5, k=4, random start", X, y, 4, 100, init_scale=0.5))
    X, y = _blobs(rng, 90, 3, 4, present=[0, 1, 2])
    cases.append(_case(rng, "class 3 never appears in y (k=4)", X, y, 4, 80))
    X, y = _blobs(rng, 60, 3, 3)
    cases.append(
        _case(
            rng,
            "every logit near 1000 (subtract the row maximum)",
            X,
            y,
            3,
            40,
            init_scale=0.3,
            b_shift=1000.0,
        )
    )
    X, y = _blobs(rng, 80, 4, 5)
    cases.append(
        _case(rng, "confident wrong start (logit gaps of tens)", X, y, 5, 60, init_scale=8.0)
    )
    X, y = _blobs(rng, 40, 2, 2)
    cases.append(_case(rng, "two classes", X, y, 2, 150))
    X, y = _blobs(rng, 1, 3, 3)
    cases.append(_case(rng, "a single sample", X, y, 3, 30, init_scale=0.2))
    X, y = _blobs(rng, 30, 2, 3)
    cases.append(_case(rng, "zero steps: the start and its loss", X, y, 3, 0, init_scale=1.0))
    X, y = _blobs(rng, 200, 6, 3)
    cases.append(_case(rng, "three steps at a small rate", X, y, 3, 3, lr=0.05))
    return cases
