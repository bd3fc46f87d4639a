"""Whole batch at once: sort along axis 1, boolean masks for top-k and top-p, argmax on the CDF."""

import numpy as np


def sample_top_k_top_p(logits, k, p, u):
    z = logits - logits.max(axis=1, keepdims=True)
    probs = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
    order = np.argsort(-probs, axis=1, kind="stable")
    srt = np.take_along_axis(probs, order, axis=1)
    ranks = np.arange(probs.shape[1])[None, :]
    top = np.where(ranks < k, srt, 0.0)
    top /= top.sum(axis=1, keepdims=True)
    before = np.cumsum(top, axis=1) - top
    keep = (ranks < k) & ((before < p) | (ranks == 0))
    w = np.where(keep, top, 0.0)
    cdf = np.cumsum(w / w.sum(axis=1, keepdims=True), axis=1)
    hit = (cdf > u[:, None]) & keep
    last = keep.sum(axis=1) - 1
    pick = np.where(hit.any(axis=1), np.argmax(hit, axis=1), last)
    return order[np.arange(len(u)), pick].astype(np.int64)
