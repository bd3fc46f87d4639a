"""Puts all the sines in the first half of the columns and all the cosines in the second half."""

import numpy as np


def positional_encoding(n_positions, d_model, base=10000.0):
    half = (d_model + 1) // 2
    pos = np.arange(n_positions, dtype=float)[:, None]
    angle = pos / base ** (2.0 * np.arange(half) / d_model)
    return np.hstack([np.sin(angle), np.cos(angle)])[:, :d_model]
