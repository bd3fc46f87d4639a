import numpy as np


def visible():
    logits = np.log(np.array([[0.1, 0.4, 0.2, 0.3], [0.25, 0.25, 0.25, 0.25]]))
    big = np.array([[1000.0, 999.0, 990.0, 998.0, 0.0]])
    return [
        {"name": "two rows, k = 3, p = 0.6", "args": [logits, 3, 0.6, np.array([0.7, 0.9])]},
        {"name": "large logits, k = 5, p = 0.9", "args": [big, 5, 0.9, np.array([0.8])]},
    ]


def _far(values, x, rel=1e-6):
    return np.min(np.abs(np.asarray(values) - x)) > rel


def _row(rng, v, k, p, scale):
    """A logit row and draw kept away from ties and from every cumulative-sum boundary."""
    while True:
        logits = rng.normal(scale=scale, size=v)
        probs = np.exp(logits - logits.max())
        probs /= probs.sum()
        srt = np.sort(probs)[::-1]
        if np.any(np.diff(srt) > -1e-6 * srt[:-1]):
            continue
        top = srt[:k] / srt[:k].sum()
        cum = np.cumsum(top)
        if k > 1 and not _far(cum[:-1], p):
            continue
        n_keep = min(int(np.searchsorted(cum, p)) + 1, k)
        cdf = np.cumsum(top[:n_keep] / top[:n_keep].sum())
        for _ in range(100):
            u = rng.uniform()
            if _far(cdf, u):
                return logits, u


def _case(rng, name, b, v, k, p, scale=2.0):
    rows = [_row(rng, v, k, p, scale) for _ in range(b)]
    logits = np.array([r[0] for r in rows])
    return {"name": name, "args": [logits, k, p, np.array([r[1] for r in rows])]}


def hidden(rng):
    return [
        _case(rng, "64 rows, V = 50, k = 10, p = 0.8", 64, 50, 10, 0.8),
        _case(rng, "k = V (top-p only), p = 0.9", 64, 20, 20, 0.9),
        _case(rng, "p = 1 (top-k only), k = 5", 64, 30, 5, 1.0),
        _case(rng, "k = 1 (greedy)", 16, 12, 1, 0.7),
        _case(rng, "flat distributions, k = 40, p = 0.5", 64, 100, 40, 0.5, scale=0.5),
        _case(rng, "peaked distributions, p = 0.95", 64, 30, 15, 0.95, scale=4.0),
    ]
