import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def conv2d_backward(dout, x, w, padding=0):
    x = np.asarray(x, dtype=float)
    w = np.asarray(w, dtype=float)
    dout = np.asarray(dout, dtype=float)
    kh, kw = w.shape[2], w.shape[3]
    p = int(padding)
    xp = np.pad(x, ((0, 0), (0, 0), (p, p), (p, p)))
    windows = sliding_window_view(xp, (kh, kw), axis=(2, 3))  # (N, C, H_out, W_out, KH, KW)
    dw = np.einsum("nfhw,nchwpq->fcpq", dout, windows, optimize=True)
    db = dout.sum(axis=(0, 2, 3))
    # dx_pad is the full correlation of dout with the kernel flipped in both spatial axes.
    dpad = np.pad(dout, ((0, 0), (0, 0), (kh - 1, kh - 1), (kw - 1, kw - 1)))
    dwin = sliding_window_view(dpad, (kh, kw), axis=(2, 3))  # (N, F, Hp, Wp, KH, KW)
    dxp = np.einsum("nfhwpq,fcpq->nchw", dwin, w[:, :, ::-1, ::-1], optimize=True)
    h, wd = x.shape[2], x.shape[3]
    return dxp[:, :, p : p + h, p : p + wd], dw, db
