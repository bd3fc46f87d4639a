import numpy as np


def visible():
    x = np.array([[1.0, 0.0], [2.0, 4.0], [6.0, 2.0]])
    dout = np.array([[1.0, 0.0], [0.0, 0.0], [0.0, 1.0]])
    x2 = np.array([[0.5, -1.0, 2.0], [1.5, 3.0, 2.5], [-1.0, 0.0, 0.0], [2.0, 1.0, 1.0]])
    dout2 = np.array([[0.1, 0.2, -0.3], [0.0, 1.0, 0.5], [-0.4, 0.0, 0.2], [0.3, -0.5, 0.0]])
    return [
        {"name": "three examples, two features", "args": [dout, x, np.array([2.0, 0.5])]},
        {
            "name": "four examples, custom eps",
            "args": [dout2, x2, np.array([1.0, -1.0, 3.0])],
            "kwargs": {"eps": 1e-2},
        },
    ]


def _case(rng, name, x, **kwargs):
    d = x.shape[1]
    gamma = rng.uniform(0.5, 2.0, size=d) * rng.choice([-1.0, 1.0], size=d)
    dout = rng.normal(size=x.shape)
    return {"name": name, "args": [dout, x, gamma], "kwargs": kwargs}


def hidden(rng):
    scales = rng.uniform(0.1, 50, size=(1, 6))
    return [
        _case(rng, "random batch (N=32, D=8)", rng.normal(loc=2.0, scale=3.0, size=(32, 8))),
        _case(rng, "more features than examples (N=4, D=12)", rng.normal(size=(4, 12))),
        _case(rng, "two examples (N=2)", rng.normal(size=(2, 5)) * 2.0),
        _case(rng, "columns on different scales", rng.normal(size=(10, 6)) * scales),
        _case(rng, "large offsets", rng.normal(size=(12, 4)) + rng.normal(scale=1e3, size=4)),
        _case(rng, "larger eps", rng.normal(scale=0.2, size=(9, 3)), eps=0.05),
        _case(rng, "big batch (N=256, D=16)", rng.normal(size=(256, 16))),
    ]
