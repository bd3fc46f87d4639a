import numpy as np


def attention(Q, K, V, mask=None):
    """softmax(Q K^T / sqrt(d)) V over the last two axes.

    Q (..., Lq, d), K (..., Lk, d), V (..., Lk, dv); mask: None or a boolean array
    broadcastable to (..., Lq, Lk), False = may not attend (score -inf before the softmax).
    Returns a float array (..., Lq, dv).
    """
    raise NotImplementedError
