"""Loops over the output positions and scatters each upstream gradient back into the padded
input window it came from (the forward pass run in reverse), then crops the padding."""

import numpy as np


def conv2d_backward(dout, x, w, padding=0):
    n, c, h, wd = x.shape
    f, _, kh, kw = w.shape
    p = padding
    xp = np.zeros((n, c, h + 2 * p, wd + 2 * p))
    xp[:, :, p : p + h, p : p + wd] = x
    dxp = np.zeros_like(xp)
    dw = np.zeros((f, c, kh, kw))
    h_out, w_out = dout.shape[2], dout.shape[3]
    for i in range(h_out):
        for j in range(w_out):
            g = dout[:, :, i, j]  # (N, F)
            window = xp[:, :, i : i + kh, j : j + kw]  # (N, C, KH, KW)
            dw += np.tensordot(g, window, axes=([0], [0]))
            dxp[:, :, i : i + kh, j : j + kw] += np.tensordot(g, w, axes=([1], [0]))
    db = np.zeros(f)
    for k in range(f):
        db[k] = dout[:, k].sum()
    return dxp[:, :, p : p + h, p : p + wd], dw, db
