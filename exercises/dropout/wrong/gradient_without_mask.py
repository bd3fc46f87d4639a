"""Correct forward pass, but passes dout straight through in the backward pass."""


def dropout(x, dout, p, u, training):
    if not training:
        return x.copy(), dout.copy()
    return x * (u >= p) / (1.0 - p), dout.copy()
