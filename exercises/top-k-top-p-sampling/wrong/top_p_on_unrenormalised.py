"""Applies the top-p cut to the original probabilities instead of the renormalised top-k ones."""

import numpy as np


def sample_top_k_top_p(logits, k, p, u):
    out = []
    for row, ur in zip(logits, u, strict=True):
        probs = np.exp(row - row.max())
        probs /= probs.sum()
        order = np.argsort(-probs, kind="stable")[:k]
        top = probs[order]
        n_keep = min(int(np.searchsorted(np.cumsum(top), p)) + 1, k)
        cdf = np.cumsum(top[:n_keep] / top[:n_keep].sum())
        out.append(order[min(int(np.searchsorted(cdf, ur, side="right")), n_keep - 1)])
    return np.array(out, dtype=np.int64)
