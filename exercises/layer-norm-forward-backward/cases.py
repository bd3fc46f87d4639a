import numpy as np


def visible():
    x = np.array([[1.0, 2.0, 3.0], [2.0, 0.0, -2.0]])
    gamma = np.array([1.0, 2.0, 0.5])
    beta = np.array([0.0, 0.0, 1.0])
    dout = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, -1.0]])
    x1 = np.array([[0.5, -1.5, 2.0, 3.0]])
    return [
        {"name": "two rows, three features", "args": [x, gamma, beta, dout]},
        {
            "name": "one row, unit gamma, custom eps",
            "args": [x1, np.ones(4), np.zeros(4), np.array([[0.2, -0.4, 1.0, 0.3]])],
            "kwargs": {"eps": 1e-2},
        },
    ]


def _case(rng, name, x, **kwargs):
    d = x.shape[1]
    gamma = rng.uniform(0.5, 2.0, size=d) * rng.choice([-1.0, 1.0], size=d)
    beta = rng.normal(size=d)
    dout = rng.normal(size=x.shape)
    return {"name": name, "args": [x, gamma, beta, dout], "kwargs": kwargs}


def hidden(rng):
    cases = [
        _case(rng, "random batch (N=16, D=8)", rng.normal(loc=1.0, scale=2.0, size=(16, 8))),
        _case(rng, "more rows than features (N=40, D=3)", rng.normal(size=(40, 3))),
        _case(rng, "one row (N=1, D=6)", rng.normal(size=(1, 6))),
        _case(rng, "two features (D=2)", rng.normal(size=(5, 2)) * 3.0),
        _case(
            rng, "rows on different scales", rng.normal(size=(6, 10)) * rng.uniform(0.1, 50, (6, 1))
        ),
        _case(
            rng,
            "large per-row offsets",
            rng.normal(size=(8, 5)) + rng.normal(scale=1e3, size=(8, 1)),
        ),
        _case(rng, "larger eps", rng.normal(scale=0.2, size=(7, 4)), eps=0.05),
        _case(rng, "wide rows (N=4, D=128)", rng.normal(size=(4, 128))),
    ]
    return cases
