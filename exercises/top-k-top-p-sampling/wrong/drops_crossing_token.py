"""Keeps only the tokens whose cumulative probability is below p, dropping the one crossing it."""

import numpy as np


def sample_top_k_top_p(logits, k, p, u):
    out = []
    for row, ur in zip(logits, u, strict=True):
        probs = np.exp(row - row.max())
        probs /= probs.sum()
        order = np.argsort(-probs, kind="stable")[:k]
        top = probs[order] / probs[order].sum()
        n_keep = max(1, int(np.sum(np.cumsum(top) < p)))
        cdf = np.cumsum(top[:n_keep] / top[:n_keep].sum())
        out.append(order[min(int(np.searchsorted(cdf, ur, side="right")), n_keep - 1)])
    return np.array(out, dtype=np.int64)
