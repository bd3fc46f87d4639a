"""Filters correctly, then walks the kept tokens in token-id order instead of probability order."""

import numpy as np


def sample_top_k_top_p(logits, k, p, u):
    out = []
    for row, ur in zip(logits, u, strict=True):
        probs = np.exp(row - row.max())
        probs /= probs.sum()
        order = np.argsort(-probs, kind="stable")[:k]
        top = probs[order] / probs[order].sum()
        n_keep = min(int(np.searchsorted(np.cumsum(top), p)) + 1, k)
        kept = np.sort(order[:n_keep])
        w = probs[kept] / probs[kept].sum()
        out.append(kept[min(int(np.searchsorted(np.cumsum(w), ur, side="right")), n_keep - 1)])
    return np.array(out, dtype=np.int64)
