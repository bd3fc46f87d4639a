import numpy as np


def visible():
    x = np.array([[1.0, 10.0], [3.0, 10.0], [5.0, 40.0]])
    gamma = np.array([1.0, 2.0])
    beta = np.array([0.0, 1.0])
    x2 = np.array([[0.5, -2.0, 4.0], [1.5, 2.0, 4.0]])
    return [
        {"name": "three examples, two features", "args": [x, gamma, beta]},
        {
            "name": "a constant feature, custom eps",
            "args": [x2, np.ones(3), np.array([0.0, 0.0, 7.0])],
            "kwargs": {"eps": 1e-3},
        },
    ]


def _params(rng, d):
    return rng.uniform(0.5, 2.0, size=d) * rng.choice([-1.0, 1.0], size=d), rng.normal(size=d)


def _case(rng, name, x, **kwargs):
    gamma, beta = _params(rng, x.shape[1])
    return {"name": name, "args": [x, gamma, beta], "kwargs": kwargs}


def hidden(rng):
    cases = [
        _case(rng, "random batch (N=32, D=10)", rng.normal(loc=3.0, scale=2.0, size=(32, 10))),
        _case(rng, "more features than examples (N=4, D=12)", rng.normal(size=(4, 12))),
        _case(rng, "square batch (N=D=6)", rng.normal(scale=5.0, size=(6, 6))),
        _case(rng, "tiny spread, var close to eps", rng.normal(scale=3e-3, size=(20, 5))),
        _case(
            rng, "mixed feature scales", rng.normal(size=(16, 4)) * np.array([1e-3, 1.0, 1e2, 1e4])
        ),
        _case(rng, "a single example (N=1)", rng.normal(size=(1, 5))),
        _case(rng, "two examples", rng.normal(size=(2, 3))),
    ]
    x = rng.normal(size=(10, 4))
    x[:, 1] = rng.normal()
    cases.append(_case(rng, "one constant feature", x))
    offset = 1e6 + rng.normal(size=(24, 3))
    cases.append(_case(rng, "large offset (1e6) with unit spread", offset))
    cases.append(_case(rng, "larger eps", rng.normal(scale=0.05, size=(12, 4)), eps=1e-2))
    cases.append(_case(rng, "integer-valued data", rng.integers(-5, 6, size=(15, 3)).astype(float)))
    cases.append(_case(rng, "big batch (N=512, D=64)", rng.normal(size=(512, 64))))
    return cases
