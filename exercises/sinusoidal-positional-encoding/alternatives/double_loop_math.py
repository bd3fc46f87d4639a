"""Plain double loop with the math module, one entry at a time."""

import math

import numpy as np


def positional_encoding(n_positions, d_model, base=10000.0):
    pe = np.zeros((n_positions, d_model))
    for pos in range(n_positions):
        for j in range(d_model):
            angle = pos / math.pow(base, 2 * (j // 2) / d_model)
            pe[pos, j] = math.sin(angle) if j % 2 == 0 else math.cos(angle)
    return pe
