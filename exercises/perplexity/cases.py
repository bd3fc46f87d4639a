import numpy as np


def visible():
    probs = np.array(
        [[[0.5, 0.25, 0.25], [0.1, 0.8, 0.1]], [[0.2, 0.2, 0.6], [1 / 3, 1 / 3, 1 / 3]]]
    )
    return [
        {
            "name": "two sequences, one padded token",
            "args": [
                np.log(probs),
                np.array([[0, 1], [2, 0]]),
                np.array([[True, True], [True, False]]),
            ],
        },
        {
            "name": "uniform model over 4 tokens",
            "args": [np.zeros((1, 3, 4)), np.array([[0, 3, 1]]), np.ones((1, 3), dtype=bool)],
        },
    ]


def _mask(rng, b, t):
    lengths = rng.integers(1, t + 1, size=b)
    lengths[0] = t
    lengths[-1] = max(1, t // 3)
    return np.arange(t)[None, :] < lengths[:, None]


def _case(rng, name, b, t, v, scale=2.0, offset=0.0):
    logits = rng.normal(scale=scale, size=(b, t, v)) + offset
    targets = rng.integers(0, v, size=(b, t))
    return {"name": name, "args": [logits, targets, _mask(rng, b, t)]}


def hidden(rng):
    return [
        _case(rng, "B=4, T=12, V=20, ragged lengths", 4, 12, 20),
        _case(rng, "B=8, T=30, V=50", 8, 30, 50, scale=3.0),
        _case(rng, "logits near +1000", 3, 6, 10, offset=1000.0),
        _case(rng, "logits near -1000", 3, 6, 10, offset=-1000.0),
        _case(rng, "a single sequence", 1, 16, 8),
        _case(rng, "very uneven lengths (T=40)", 5, 40, 12, scale=1.5),
    ]
