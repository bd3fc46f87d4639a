"""No transposes at all: the projection matrices are reshaped into per-head blocks and every
product is an einsum; the softmax is exp(s - logsumexp(s)) with the causal -inf in place."""

import numpy as np


def multi_head_attention(x, Wq, Wk, Wv, Wo, n_heads, causal=False):
    d_model = x.shape[-1]
    dh = d_model // n_heads
    # column block h of W (d_model, d_model) -> W[:, h, :] of shape (d_model, H, d_head)
    q = np.einsum("bld,dhe->bhle", x, Wq.reshape(d_model, n_heads, dh))
    k = np.einsum("bld,dhe->bhle", x, Wk.reshape(d_model, n_heads, dh))
    v = np.einsum("bld,dhe->bhle", x, Wv.reshape(d_model, n_heads, dh))
    s = np.einsum("bhie,bhje->bhij", q, k) * (1.0 / np.sqrt(dh))
    if causal:
        length = x.shape[1]
        s = s + np.where(np.arange(length)[None, :] > np.arange(length)[:, None], -np.inf, 0.0)
    top = s.max(axis=-1, keepdims=True)
    log_z = top + np.log(np.exp(s - top).sum(axis=-1, keepdims=True))
    w = np.exp(s - log_z)
    heads = np.einsum("bhij,bhje->bhie", w, v)
    # row block h of Wo multiplies head h's features
    out = np.einsum("bhie,hed->bid", heads, Wo.reshape(n_heads, dh, d_model))
    return out, w
