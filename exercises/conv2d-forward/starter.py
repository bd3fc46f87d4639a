import numpy as np


def conv2d(x, w, b, stride=1, padding=0):
    """Cross-correlate x (N, C, H, W) with filters w (F, C, KH, KW), add bias b (F,).

    Zero-pads `padding` pixels on each side of H and W, moves the window by `stride`.
    Returns a float array (N, F, H_out, W_out), H_out = (H + 2*padding - KH) // stride + 1.
    """
    raise NotImplementedError
