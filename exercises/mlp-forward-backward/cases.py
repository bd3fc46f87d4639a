import numpy as np


def visible():
    X = np.array([[1.0, 2.0], [0.0, -1.0]])
    y = np.array([[1.0], [0.0]])
    W1 = np.array([[1.0, -1.0], [0.5, 1.0]])
    W2 = np.array([[1.0], [2.0]])
    X2 = np.array([[1.0, 0.0, 2.0], [-1.0, 1.0, 0.5], [0.5, 0.5, -1.0]])
    y2 = np.array([[0.0, 1.0], [1.0, -1.0], [0.5, 0.0]])
    W1b = np.array([[0.5, -1.0, 0.2, 1.0], [1.0, 0.5, -0.5, 0.0], [-0.3, 0.4, 1.0, 0.5]])
    W2b = np.array([[1.0, -0.5], [0.5, 0.5], [-1.0, 1.0], [0.2, 0.3]])
    return [
        {
            "name": "two samples, one output",
            "args": [X, y, W1, np.array([0.0, 0.5]), W2, np.array([0.5])],
        },
        {
            "name": "three samples, two outputs",
            "args": [X2, y2, W1b, np.array([0.1, 0.0, -0.2, 0.3]), W2b, np.array([0.0, 0.1])],
        },
    ]


def _case(rng, name, n, d, h, k):
    X = rng.normal(size=(n, d))
    W1 = rng.normal(scale=1.0 / np.sqrt(d), size=(d, h))
    W2 = rng.normal(scale=1.0 / np.sqrt(h), size=(h, k))
    args = [X, rng.normal(size=(n, k)), W1, rng.normal(scale=0.5, size=h), W2, rng.normal(size=k)]
    return {"name": name, "args": args}


def hidden(rng):
    return [
        _case(rng, "N=16, D=5, H=8, K=3", 16, 5, 8, 3),
        _case(rng, "N=64, D=10, H=32, K=4", 64, 10, 32, 4),
        _case(rng, "one sample, one output", 1, 4, 6, 1),
        _case(rng, "wide hidden layer (H=100)", 8, 3, 100, 2),
        _case(rng, "one hidden unit", 12, 3, 1, 2),
        _case(rng, "many outputs (K=10)", 20, 6, 12, 10),
    ]
