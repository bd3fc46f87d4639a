"""A Python loop over the batch and the heads with explicit column slices; the causal mask as a
large negative score whose weight is then zeroed."""

import numpy as np


def multi_head_attention(x, Wq, Wk, Wv, Wo, n_heads, causal=False):
    batch, length, d_model = x.shape
    dh = d_model // n_heads
    out = np.empty((batch, length, d_model))
    weights = np.empty((batch, n_heads, length, length))
    future = np.triu(np.ones((length, length), dtype=bool), k=1) if causal else None
    for b in range(batch):
        q_all, k_all, v_all = x[b] @ Wq, x[b] @ Wk, x[b] @ Wv
        concat = np.empty((length, d_model))
        for h in range(n_heads):
            cols = slice(h * dh, (h + 1) * dh)
            s = q_all[:, cols] @ k_all[:, cols].T / np.sqrt(dh)
            if causal:
                s[future] = -1e300
            e = np.exp(s - s.max(axis=1, keepdims=True))
            if causal:
                e[future] = 0.0
            w = e / e.sum(axis=1, keepdims=True)
            weights[b, h] = w
            concat[:, cols] = w @ v_all[:, cols]
        out[b] = concat @ Wo
    return out, weights
