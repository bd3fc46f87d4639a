"""Returns the gradient of the padded input: the padding border is never cropped off, so dx has shape (N, C, H + 2p, W + 2p) instead of the shape of x."""

import numpy as np


def conv2d_backward(dout, x, w, padding=0):
    p = padding
    xp = np.pad(x, ((0, 0), (0, 0), (p, p), (p, p)))
    dxp = np.zeros_like(xp)
    dw = np.zeros_like(w)
    kh, kw = w.shape[2], w.shape[3]
    for i in range(dout.shape[2]):
        for j in range(dout.shape[3]):
            g = dout[:, :, i, j]
            dw += np.tensordot(g, xp[:, :, i : i + kh, j : j + kw], axes=([0], [0]))
            dxp[:, :, i : i + kh, j : j + kw] += np.tensordot(g, w, axes=([1], [0]))
    return dxp, dw, dout.sum(axis=(0, 2, 3))
