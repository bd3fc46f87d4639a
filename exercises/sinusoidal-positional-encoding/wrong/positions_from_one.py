"""Numbers the positions from 1 instead of 0."""

import numpy as np


def positional_encoding(n_positions, d_model, base=10000.0):
    pos = np.arange(1, n_positions + 1, dtype=float)[:, None]
    pair = np.arange(d_model) // 2
    angle = pos / base ** (2.0 * pair / d_model)
    return np.where(np.arange(d_model) % 2 == 0, np.sin(angle), np.cos(angle))
