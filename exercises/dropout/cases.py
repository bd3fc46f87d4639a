import numpy as np


def visible():
    x = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
    u = np.array([[0.9, 0.1, 0.6], [0.3, 0.8, 0.2]])
    return [
        {"name": "training, p = 0.25", "args": [x, np.ones((2, 3)), 0.25, u, True]},
        {"name": "evaluation", "args": [x, np.ones((2, 3)), 0.25, u, False]},
    ]


def _draws(rng, shape, p):
    """Uniform draws kept at least 1e-6 away from p, so no draw sits on the threshold."""
    u = rng.uniform(size=shape)
    close = np.abs(u - p) < 1e-6
    u[close] = (p + 0.5) % 1.0
    return u


def _case(rng, name, shape, p, training):
    x = rng.normal(size=shape)
    args = [x, rng.normal(size=shape), p, _draws(rng, shape, p), training]
    return {"name": name, "args": args}


def hidden(rng):
    return [
        _case(rng, "training, p = 0.5, (32, 16)", (32, 16), 0.5, True),
        _case(rng, "training, p = 0.1, (8, 20)", (8, 20), 0.1, True),
        _case(rng, "training, p = 0.8, a vector", (50,), 0.8, True),
        _case(rng, "training, p = 0, nothing dropped", (6, 7), 0.0, True),
        _case(
            rng,
            "training, 3-D activations (4, 5, 6)",
            (4, 5, 6),
            float(rng.uniform(0.2, 0.6)),
            True,
        ),
        _case(rng, "evaluation, p = 0.5", (10, 10), 0.5, False),
        _case(rng, "evaluation, p = 0.3, 3-D", (3, 4, 5), 0.3, False),
    ]
