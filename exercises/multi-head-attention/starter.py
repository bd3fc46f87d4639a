import numpy as np


def multi_head_attention(x, Wq, Wk, Wv, Wo, n_heads, causal=False):
    """Multi-head self-attention over x (B, L, d_model) with projections (d_model, d_model).

    Returns (out, weights): out (B, L, d_model) and the attention weights (B, n_heads, L, L).
    """
    raise NotImplementedError
