"""Scales the scores by sqrt(d_model) instead of sqrt(d_head), so with several heads every softmax is too flat."""

import numpy as np


def multi_head_attention(x, Wq, Wk, Wv, Wo, n_heads, causal=False):
    batch, length, d_model = x.shape
    dh = d_model // n_heads

    def split(m):
        return m.reshape(batch, length, n_heads, dh).transpose(0, 2, 1, 3)

    q, k, v = split(x @ Wq), split(x @ Wk), split(x @ Wv)
    s = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d_model)
    if causal:
        s = np.where(np.tril(np.ones((length, length), dtype=bool)), s, -np.inf)
    w = np.exp(s - s.max(axis=-1, keepdims=True))
    w /= w.sum(axis=-1, keepdims=True)
    return (w @ v).transpose(0, 2, 1, 3).reshape(batch, length, d_model) @ Wo, w
