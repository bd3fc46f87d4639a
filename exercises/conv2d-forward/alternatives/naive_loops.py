"""Loops over output positions and takes each window's dot product with every filter."""

import numpy as np


def conv2d(x, w, b, stride=1, padding=0):
    x = np.asarray(x, dtype=float)
    n, c, h, wd = x.shape
    f, _, kh, kw = w.shape
    xp = np.zeros((n, c, h + 2 * padding, wd + 2 * padding))
    xp[:, :, padding : padding + h, padding : padding + wd] = x
    h_out = (h + 2 * padding - kh) // stride + 1
    w_out = (wd + 2 * padding - kw) // stride + 1
    out = np.empty((n, f, h_out, w_out))
    flat_w = w.reshape(f, -1)
    for i in range(h_out):
        for j in range(w_out):
            r, s = i * stride, j * stride
            window = xp[:, :, r : r + kh, s : s + kw].reshape(n, -1)
            out[:, :, i, j] = window @ flat_w.T + b
    return out
