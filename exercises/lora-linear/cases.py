import numpy as np


def visible():
    x = np.array([[1.0, 2.0]])
    W = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    b = np.array([0.0, 0.0, 0.5])
    A = np.array([[1.0, -1.0]])
    B = np.array([[1.0], [0.0], [2.0]])
    x2 = np.array([[[1.0, 0.0, -1.0], [0.5, 2.0, 0.0]], [[0.0, 1.0, 1.0], [-1.0, 0.5, 0.5]]])
    W2 = np.array([[0.5, -1.0, 0.0], [1.0, 0.0, 0.5]])
    A2 = np.array([[1.0, 0.0, 1.0], [0.0, -1.0, 0.5]])
    B2 = np.array([[0.5, 1.0], [-1.0, 0.0]])
    dy2 = np.array([[[1.0, 0.0], [0.0, 1.0]], [[-1.0, 0.5], [0.5, 0.5]]])
    return [
        {
            "name": "one token, rank 1, alpha = 2",
            "args": [x, W, b, A, B, 2.0, np.array([[1.0, 0.0, 1.0]])],
        },
        {
            "name": "a (2, 2, 3) batch of tokens, rank 2, alpha = 1",
            "args": [x2, W2, np.array([0.1, -0.1]), A2, B2, 1.0, dy2],
        },
    ]


def _case(rng, name, lead, d_in, d_out, r, alpha, fresh=False):
    x = rng.normal(size=(*lead, d_in))
    W = rng.normal(scale=1.0 / np.sqrt(d_in), size=(d_out, d_in))
    b = rng.normal(scale=0.1, size=d_out)
    A = rng.normal(scale=1.0 / np.sqrt(d_in), size=(r, d_in))
    B = np.zeros((d_out, r)) if fresh else rng.normal(scale=0.5, size=(d_out, r))
    dy = rng.normal(size=(*lead, d_out))
    return {"name": name, "args": [x, W, b, A, B, float(alpha), dy]}


def hidden(rng):
    return [
        _case(rng, "16 tokens, d_in=12, d_out=8, r=4, alpha=8", (16,), 12, 8, 4, 8),
        _case(rng, "(2, 10) tokens, square 16 x 16, r=2, alpha=16", (2, 10), 16, 16, 2, 16),
        _case(rng, "a fresh adapter (B = 0): dA is zero", (4, 6), 10, 6, 4, 8, fresh=True),
        _case(rng, "rank 1, alpha=3", (12,), 8, 5, 1, 3),
        _case(rng, "alpha smaller than r (alpha=1, r=8)", (3, 5), 20, 12, 8, 1),
        _case(rng, "(2, 3, 5) tokens, d_out > d_in", (2, 3, 5), 6, 14, 3, 6),
        _case(rng, "a single token", (1,), 9, 7, 2, 4),
        _case(rng, "(3, 6) tokens, square 32 x 32, r=8, alpha=16", (3, 6), 32, 32, 8, 16),
    ]
