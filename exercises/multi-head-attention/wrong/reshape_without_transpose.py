"""Splits the heads with a bare reshape to (B, H, L, d_head) instead of reshaping to (B, L, H, d_head) and transposing, so each head's "positions" are slices of different positions' features."""

import numpy as np


def multi_head_attention(x, Wq, Wk, Wv, Wo, n_heads, causal=False):
    batch, length, d_model = x.shape
    dh = d_model // n_heads

    def split(m):
        return m.reshape(batch, n_heads, length, dh)

    q, k, v = split(x @ Wq), split(x @ Wk), split(x @ Wv)
    s = q @ k.transpose(0, 1, 3, 2) / np.sqrt(dh)
    if causal:
        s = np.where(np.tril(np.ones((length, length), dtype=bool)), s, -np.inf)
    w = np.exp(s - s.max(axis=-1, keepdims=True))
    w /= w.sum(axis=-1, keepdims=True)
    return (w @ v).reshape(batch, length, d_model) @ Wo, w
