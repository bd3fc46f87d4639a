"""np.where selection of scaled values, without building a float mask."""

import numpy as np


def dropout(x, dout, p, u, training):
    if training:
        scale = 1.0 / (1.0 - p)
        keep = u >= p
        return np.where(keep, x * scale, 0.0), np.where(keep, dout * scale, 0.0)
    return np.array(x, dtype=float), np.array(dout, dtype=float)
