import numpy as np


def multi_head_attention(x, Wq, Wk, Wv, Wo, n_heads, causal=False):
    x = np.asarray(x, dtype=float)
    batch, length, d_model = x.shape
    d_head = d_model // n_heads

    def split(m):  # (B, L, d_model) -> (B, H, L, d_head): the features of each position
        return m.reshape(batch, length, n_heads, d_head).transpose(0, 2, 1, 3)

    q, k, v = split(x @ Wq), split(x @ Wk), split(x @ Wv)
    scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d_head)
    if causal:
        allowed = np.tril(np.ones((length, length), dtype=bool))
        scores = np.where(allowed, scores, -np.inf)
    scores = scores - scores.max(axis=-1, keepdims=True)
    weights = np.exp(scores)
    weights /= weights.sum(axis=-1, keepdims=True)
    heads = (weights @ v).transpose(0, 2, 1, 3).reshape(batch, length, d_model)
    return heads @ Wo, weights
