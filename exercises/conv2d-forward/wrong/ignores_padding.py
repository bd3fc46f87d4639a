"""Ignores the padding argument: never pads, so the output is too small and the borders are lost."""

import numpy as np


def conv2d(x, w, b, stride=1, padding=0):
    n, _, h, wd = x.shape
    f, _, kh, kw = w.shape
    h_out = (h - kh) // stride + 1
    w_out = (wd - kw) // stride + 1
    out = np.empty((n, f, max(h_out, 0), max(w_out, 0)))
    for i in range(h_out):
        for j in range(w_out):
            patch = x[:, :, i * stride : i * stride + kh, j * stride : j * stride + kw]
            out[:, :, i, j] = np.tensordot(patch, w, axes=([1, 2, 3], [1, 2, 3]))
    return out + b[None, :, None, None]
