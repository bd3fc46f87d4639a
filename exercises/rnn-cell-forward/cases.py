import numpy as np


def visible():
    x = np.array([[[1.0]], [[0.0]], [[-1.0]]])
    h0 = np.array([[0.0, 0.0]])
    Wx = np.array([[1.0, -1.0]])
    Wh = np.array([[0.5, 0.0], [0.0, 0.5]])
    b = np.array([0.0, 0.0])
    x2 = np.array([[[1.0, 0.0], [0.0, 1.0]], [[0.5, 0.5], [-1.0, 0.0]]])  # T=2, N=2, D=2
    h02 = np.array([[0.1, -0.2], [0.0, 0.3]])
    Wx2 = np.array([[0.3, -0.1], [0.8, 0.2]])
    Wh2 = np.array([[0.0, 1.0], [-0.5, 0.4]])
    b2 = np.array([0.1, -0.1])
    return [
        {"name": "one feature, two hidden units", "args": [x, h0, Wx, Wh, b]},
        {"name": "batch of 2, D == H == 2", "args": [x2, h02, Wx2, Wh2, b2]},
    ]


def _case(rng, name, T, N, D, H, scale=1.0):
    x = rng.normal(size=(T, N, D))
    h0 = rng.uniform(-0.9, 0.9, size=(N, H))
    Wx = rng.normal(scale=scale / np.sqrt(D), size=(D, H))
    Wh = rng.normal(scale=scale / np.sqrt(H), size=(H, H))
    b = rng.normal(scale=0.5, size=H)
    return {"name": name, "args": [x, h0, Wx, Wh, b]}


def hidden(rng):
    return [
        _case(rng, "D == H (square, non-symmetric weights)", 6, 3, 4, 4),
        _case(rng, "D == H, longer sequence", 25, 2, 8, 8),
        _case(rng, "more inputs than hidden units", 10, 4, 7, 3),
        _case(rng, "fewer inputs than hidden units", 8, 5, 2, 6),
        _case(rng, "single time step", 1, 3, 3, 5),
        _case(rng, "batch of one, one hidden unit", 12, 1, 3, 1),
        _case(rng, "empty sequence (T = 0)", 0, 3, 4, 2),
        _case(rng, "large pre-activations (tanh saturates)", 7, 3, 5, 5, scale=30.0),
        _case(rng, "bigger batch", 30, 64, 16, 32),
    ]
