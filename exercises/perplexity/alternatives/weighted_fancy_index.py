"""Flattens to (B*T, V), fancy-indexes the targets and weights every token's NLL by the mask."""

import numpy as np


def perplexity(logits, targets, mask):
    v = logits.shape[-1]
    flat = logits.reshape(-1, v)
    m = flat.max(axis=1)
    lse = m + np.log(np.sum(np.exp(flat - m[:, None]), axis=1))
    nll = lse - flat[np.arange(flat.shape[0]), targets.ravel()]
    w = mask.ravel().astype(float)
    return float(np.exp(np.dot(w, nll) / w.sum()))
