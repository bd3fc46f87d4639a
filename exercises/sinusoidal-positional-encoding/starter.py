import numpy as np


def positional_encoding(n_positions, d_model, base=10000.0):
    """Sinusoidal encodings (n_positions, d_model): sin in even columns, cos in odd columns.

    Column pair (2i, 2i + 1) uses the angle pos / base ** (2i / d_model).
    """
    raise NotImplementedError
