import numpy as np


def sample_top_k_top_p(logits, k, p, u):
    """Sample one token per row of logits (B, V): top-k, renormalise, top-p, renormalise, then u.

    Returns the token ids as an integer array of shape (B,).
    """
    raise NotImplementedError
