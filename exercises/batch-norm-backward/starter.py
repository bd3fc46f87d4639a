import numpy as np


def batch_norm_backward(dout, x, gamma, eps=1e-5):
    """Gradients of training-mode batch norm of x (N, D), given dout = dL/dout (N, D).

    Returns (dx, dgamma, dbeta): dx of shape (N, D), dgamma and dbeta of shape (D,).
    """
    raise NotImplementedError
