"""Uses the column index j instead of the pair index in the exponent: base ** (j / d_model)."""

import numpy as np


def positional_encoding(n_positions, d_model, base=10000.0):
    pos = np.arange(n_positions, dtype=float)[:, None]
    j = np.arange(d_model)
    angle = pos / base ** (2.0 * j / d_model)
    return np.where(j % 2 == 0, np.sin(angle), np.cos(angle))
