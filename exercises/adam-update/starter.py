import numpy as np


def adam_step(params, grads, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    """One Adam update with bias correction; t is the 1-based step number.

    Returns (new_params, new_m, new_v), float arrays shaped like params.
    The input arrays must not be modified.
    """
    raise NotImplementedError
