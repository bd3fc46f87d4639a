import numpy as np


def visible():
    Q = np.array([[1.0, 0.0], [0.0, 1.0]])
    K = np.array([[1.0, 0.0], [0.0, 1.0]])
    V = np.array([[1.0, 2.0], [3.0, 4.0]])
    Qc = np.array([[0.5, -1.0, 2.0], [1.0, 0.0, 0.0], [-1.0, 1.0, 1.0]])
    Vc = np.array([[1.0, 0.0], [0.0, 1.0], [2.0, -2.0]])
    causal = np.tril(np.ones((3, 3), dtype=bool))
    return [
        {"name": "two queries, two keys, no mask", "args": [Q, K, V]},
        {
            "name": "the same with a mask",
            "args": [Q, K, V],
            "kwargs": {"mask": np.array([[True, False], [True, True]])},
        },
        {
            "name": "self-attention with a causal mask",
            "args": [Qc, Qc, Vc],
            "kwargs": {"mask": causal},
        },
    ]


def _qkv(rng, lead, lq, lk, d, dv, scale=1.0):
    Q = rng.normal(scale=scale, size=(*lead, lq, d))
    K = rng.normal(scale=scale, size=(*lead, lk, d))
    V = rng.normal(size=(*lead, lk, dv))
    return Q, K, V


def _random_mask(rng, shape):
    mask = rng.random(shape) < 0.6
    # make sure every query may attend to at least one key
    rows = mask.reshape(-1, shape[-1])
    rows[np.arange(len(rows)), rng.integers(0, shape[-1], size=len(rows))] = True
    return rows.reshape(shape)


def hidden(rng):
    cases = []
    Q, K, V = _qkv(rng, (), 5, 7, 4, 3)
    cases.append({"name": "2-D inputs, Lq != Lk, dv != d", "args": [Q, K, V]})

    Q, K, V = _qkv(rng, (3,), 6, 6, 8, 8)
    cases.append({"name": "batched self-attention, no mask", "args": [Q, K, V]})

    B, H, L, d = 2, 4, 9, 16
    Q, K, V = _qkv(rng, (B, H), L, L, d, d)
    causal = np.tril(np.ones((L, L), dtype=bool))
    cases.append(
        {
            "name": "multi-head with a causal (L, L) mask",
            "args": [Q, K, V],
            "kwargs": {"mask": causal},
        }
    )

    Q, K, V = _qkv(rng, (3, 2), 5, 8, 6, 4)
    lengths = rng.integers(1, 9, size=3)
    padding = (np.arange(8)[None, :] < lengths[:, None])[:, None, None, :]  # (3, 1, 1, 8)
    cases.append(
        {
            "name": "padding mask (B, 1, 1, Lk) broadcast over heads and queries",
            "args": [Q, K, V],
            "kwargs": {"mask": padding},
        }
    )

    Q, K, V = _qkv(rng, (2,), 6, 10, 5, 3)
    cases.append(
        {
            "name": "random full mask (B, Lq, Lk)",
            "args": [Q, K, V],
            "kwargs": {"mask": _random_mask(rng, (2, 6, 10))},
        }
    )

    Q, K, V = _qkv(rng, (2,), 4, 6, 3, 2)
    only = np.zeros((2, 4, 6), dtype=bool)
    only[:, np.arange(4), rng.integers(0, 6, size=4)] = True
    cases.append(
        {"name": "each query sees exactly one key", "args": [Q, K, V], "kwargs": {"mask": only}}
    )

    Q, K, V = _qkv(rng, (2,), 5, 6, 8, 4, scale=30.0)
    cases.append(
        {
            "name": "large scores (stable softmax needed)",
            "args": [Q, K, V],
            "kwargs": {"mask": _random_mask(rng, (2, 5, 6))},
        }
    )

    Q, K, V = _qkv(rng, (), 4, 1, 3, 5)
    cases.append({"name": "a single key", "args": [Q, K, V]})

    Q, K, V = _qkv(rng, (2,), 3, 4, 1, 2)
    cases.append(
        {"name": "d = 1", "args": [Q, K, V], "kwargs": {"mask": np.ones((3, 4), dtype=bool)}}
    )

    Q, K, V = _qkv(rng, (4,), 32, 48, 32, 16)
    cases.append(
        {
            "name": "larger batch, all-True mask",
            "args": [Q, K, V],
            "kwargs": {"mask": np.ones((4, 32, 48), dtype=bool)},
        }
    )
    return cases
