import numpy as np


def visible():
    x = np.array([[[1.0, 0.0], [0.0, 2.0], [1.0, 1.0]]])
    eye = np.eye(2)
    Wo = np.array([[1.0, 1.0], [0.0, 1.0]])
    x2 = np.array(
        [
            [[1.0, 0.0, -1.0, 0.5], [0.0, 1.0, 0.5, -0.5]],
            [[2.0, -1.0, 0.0, 1.0], [0.5, 0.5, 0.5, 0.5]],
        ]
    )
    W = np.array(
        [[0.5, -0.5, 0.0, 1.0], [1.0, 0.0, 0.5, 0.0], [0.0, 1.0, -0.5, 0.5], [-1.0, 0.5, 0.0, 0.0]]
    )
    return [
        {"name": "two heads of size 1, causal", "args": [x, eye, eye, eye, Wo, 2, True]},
        {
            "name": "a batch of two, two heads of size 2, no mask",
            "args": [x2, W, W.T, W @ W, np.eye(4), 2],
        },
    ]


def _case(rng, name, batch, length, d_model, n_heads, causal, scale=1.0):
    x = rng.normal(scale=scale, size=(batch, length, d_model))
    Ws = [rng.normal(scale=1.0 / np.sqrt(d_model), size=(d_model, d_model)) for _ in range(4)]
    return {"name": name, "args": [x, *Ws, n_heads], "kwargs": {"causal": causal}}


def hidden(rng):
    return [
        _case(rng, "B=2, L=5, d_model=8, 2 heads, no mask", 2, 5, 8, 2, False),
        _case(rng, "B=3, L=7, d_model=12, 3 heads, causal", 3, 7, 12, 3, True),
        _case(rng, "B=2, L=16, d_model=32, 4 heads, causal", 2, 16, 32, 4, True),
        _case(rng, "one head (d_head = d_model)", 2, 6, 6, 1, True),
        _case(rng, "heads of size 1 (n_heads = d_model)", 1, 5, 4, 4, False),
        _case(rng, "a single position", 3, 1, 8, 2, True),
        _case(rng, "large inputs, scores in the hundreds", 2, 8, 16, 4, True, scale=12.0),
        _case(rng, "B=1, L=24, d_model=48, 8 heads, no mask", 1, 24, 48, 8, False),
    ]
