"""Sums the bias gradient over the batch but averages it over the output positions; each bias is added at every position, so every position's gradient must be summed."""

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
    h, wd = x.shape[2], x.shape[3]
    return dxp[:, :, p : p + h, p : p + wd], dw, dout.sum(axis=0).mean(axis=(1, 2))
