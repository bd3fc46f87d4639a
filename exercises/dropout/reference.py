import numpy as np


def dropout(x, dout, p, u, training):
    x = np.asarray(x, dtype=float)
    dout = np.asarray(dout, dtype=float)
    if not training:
        return x.copy(), dout.copy()
    mask = (u >= p) / (1.0 - p)
    return x * mask, dout * mask
