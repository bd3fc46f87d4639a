import numpy as np


def conv2d_backward(dout, x, w, padding=0):
    """Gradients of a stride-1 2-D cross-correlation with zero padding, given dout = dL/dout.

    x is (N, C, H, W), w is (F, C, KH, KW), dout is (N, F, H_out, W_out).
    Returns (dx, dw, db) with the shapes of x, w and the bias (F,).
    """
    raise NotImplementedError
