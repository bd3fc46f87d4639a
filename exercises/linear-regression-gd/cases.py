import numpy as np


def visible():
    X = np.array([[1.0], [2.0], [3.0]])
    y = np.array([3.0, 5.0, 7.0])
    X2 = np.array([[0.0, 1.0], [1.0, 0.0], [1.0, 1.0], [2.0, -1.0]])
    y2 = X2 @ np.array([1.5, -0.5]) + 0.25
    return [
        {"name": "one step on y = 2x + 1", "args": [X, y], "kwargs": {"n_iters": 1}},
        {"name": "y = 2x + 1 to convergence", "args": [X, y]},
        {
            "name": "two features with a bias",
            "args": [X2, y2],
            "kwargs": {"lr": 0.05, "n_iters": 2000},
        },
    ]


def _problem(rng, n, d, noise=0.1, bias=None, scale=1.0):
    X = rng.normal(scale=scale, size=(n, d))
    w = rng.uniform(-3, 3, size=d)
    b = rng.uniform(-5, 5) if bias is None else bias
    y = X @ w + b + rng.normal(scale=noise, size=n)
    return X, y


def hidden(rng):
    cases = []
    X, y = _problem(rng, 50, 3)
    cases.append({"name": "random n=50, d=3", "args": [X, y]})
    X, y = _problem(rng, 200, 10, noise=0.5)
    cases.append(
        {"name": "random n=200, d=10", "args": [X, y], "kwargs": {"lr": 0.05, "n_iters": 500}}
    )
    X, y = _problem(rng, 100, 4)
    cases.append(
        {
            "name": "only three steps (not converged)",
            "args": [X, y],
            "kwargs": {"lr": 0.1, "n_iters": 3},
        }
    )
    X, y = _problem(rng, 20, 2)
    cases.append(
        {"name": "zero iterations returns the zero start", "args": [X, y], "kwargs": {"n_iters": 0}}
    )
    X, y = _problem(rng, 1, 2)
    # with one sample, lr = 0.1 converges only while ||x||^2 + 1 < 10: keep ||x|| in [0.5, 2]
    X = X / np.linalg.norm(X) * rng.uniform(0.5, 2.0)
    cases.append({"name": "a single sample", "args": [X, y], "kwargs": {"lr": 0.1, "n_iters": 50}})
    X, y = _problem(rng, 80, 2, bias=-50.0)
    y = y - 20.0
    cases.append(
        {"name": "negative targets, large bias", "args": [X, y], "kwargs": {"n_iters": 2000}}
    )
    X, y = _problem(rng, 5, 8, noise=0.0)
    cases.append(
        {
            "name": "more features than samples",
            "args": [X, y],
            "kwargs": {"lr": 0.02, "n_iters": 400},
        }
    )
    X, y = _problem(rng, 60, 3, scale=1.0)
    X = X * np.array([0.1, 1.0, 3.0])
    cases.append(
        {
            "name": "features on different scales",
            "args": [X, y],
            "kwargs": {"lr": 0.01, "n_iters": 300},
        }
    )
    X, y = _problem(rng, 150, 1, noise=2.0)
    cases.append(
        {"name": "one noisy feature", "args": [X, y], "kwargs": {"lr": 0.2, "n_iters": 200}}
    )
    return cases


def scaling(rng, n):
    """Timing input of n samples with five features, a hundred steps."""
    X, y = _problem(rng, n, 5)
    return {"args": [X, y], "kwargs": {"lr": 0.05, "n_iters": 100}}
