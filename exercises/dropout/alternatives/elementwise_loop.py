"""Element-by-element loop over the flattened arrays, dividing kept values by 1 - p."""

import numpy as np


def dropout(x, dout, p, u, training):
    flat_x = np.asarray(x, dtype=float).ravel()
    flat_g = np.asarray(dout, dtype=float).ravel()
    flat_u = np.asarray(u).ravel()
    out = np.zeros(flat_x.size)
    dx = np.zeros(flat_x.size)
    for i in range(flat_x.size):
        if not training:
            out[i], dx[i] = flat_x[i], flat_g[i]
        elif flat_u[i] >= p:
            out[i] = flat_x[i] / (1.0 - p)
            dx[i] = flat_g[i] / (1.0 - p)
    return out.reshape(np.shape(x)), dx.reshape(np.shape(x))
