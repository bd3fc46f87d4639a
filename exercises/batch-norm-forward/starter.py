import numpy as np


def batch_norm_forward(x, gamma, beta, eps=1e-5):
    """Training-mode batch norm of x (N, D) with per-feature scale gamma (D,) and shift beta (D,).

    Normalise each feature with the batch mean and the biased (ddof=0) variance,
    (x - mean) / sqrt(var + eps), then scale and shift. Returns a float array (N, D).
    """
    raise NotImplementedError
