"""Applies the causal mask after the softmax by zeroing the future weights, so the rows no longer sum to 1."""

import numpy as np


def multi_head_attention(x, Wq, Wk, Wv, Wo, n_heads, causal=False):
    batch, length, d_model = x.shape
    dh = d_model // n_heads

    def split(m):
        return m.reshape(batch, length, n_heads, dh).transpose(0, 2, 1, 3)

    q, k, v = split(x @ Wq), split(x @ Wk), split(x @ Wv)
    s = q @ k.transpose(0, 1, 3, 2) / np.sqrt(dh)
    w = np.exp(s - s.max(axis=-1, keepdims=True))
    w /= w.sum(axis=-1, keepdims=True)
    if causal:
        w = w * np.tril(np.ones((length, length)))
    return (w @ v).transpose(0, 2, 1, 3).reshape(batch, length, d_model) @ Wo, w
