import numpy as np


def _sample_row(logits, k, p, u):
    probs = np.exp(logits - logits.max())
    probs /= probs.sum()
    order = np.argsort(-probs, kind="stable")[:k]
    top = probs[order] / probs[order].sum()
    n_keep = int(np.searchsorted(np.cumsum(top), p, side="left")) + 1
    nucleus = top[: min(n_keep, k)]
    cdf = np.cumsum(nucleus / nucleus.sum())
    pick = min(int(np.searchsorted(cdf, u, side="right")), nucleus.size - 1)
    return order[pick]


def sample_top_k_top_p(logits, k, p, u):
    return np.array(
        [_sample_row(row, k, p, ur) for row, ur in zip(logits, u, strict=True)], dtype=np.int64
    )
