"""Frequencies from exp(-log(base) * 2i / d), filled into strided column slices."""

import numpy as np


def positional_encoding(n_positions, d_model, base=10000.0):
    pe = np.empty((n_positions, d_model))
    freq = np.exp(-np.log(base) * np.arange(0, d_model, 2) / d_model)
    angle = np.outer(np.arange(n_positions), freq)
    pe[:, 0::2] = np.sin(angle)
    pe[:, 1::2] = np.cos(angle[:, : d_model // 2])
    return pe
