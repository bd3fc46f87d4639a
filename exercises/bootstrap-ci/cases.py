import numpy as np


def visible():
    x = np.array([1.0, 2.0, 3.0, 10.0])
    idx = np.array([[0, 1, 2, 3], [0, 0, 1, 1], [3, 3, 2, 2], [1, 2, 3, 3], [0, 1, 1, 2]])
    return [
        {
            "name": "four values, five resamples, alpha = 0.5",
            "args": [x, idx],
            "kwargs": {"alpha": 0.5},
        }
    ]


def _case(rng, name, x, b, alpha=0.05):
    idx = rng.integers(0, x.size, size=(b, x.size))
    return {"name": name, "args": [x, idx], "kwargs": {"alpha": alpha}}


def hidden(rng):
    return [
        _case(rng, "normal sample, n = 50, B = 1000", rng.normal(loc=3.0, size=50), 1000),
        _case(rng, "skewed sample, n = 30, B = 500", rng.exponential(scale=2.0, size=30), 500),
        _case(rng, "90% interval", rng.normal(size=40), 800, alpha=0.1),
        _case(rng, "99% interval, B = 2000", rng.normal(scale=5.0, size=25), 2000, alpha=0.01),
        _case(rng, "a small sample (n = 5)", rng.normal(size=5), 200),
        _case(rng, "an interpolated quantile (B = 37)", rng.uniform(0, 10, size=20), 37, alpha=0.2),
    ]
