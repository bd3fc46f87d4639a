import numpy as np


def layer_norm(x, gamma, beta, dout, eps=1e-5):
    """Layer norm of x (N, D) over its features, and the gradients given dout = dL/dout (N, D).

    Returns (out, dx, dgamma, dbeta): out and dx of shape (N, D), dgamma and dbeta of shape (D,).
    """
    raise NotImplementedError
