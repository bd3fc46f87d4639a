"""Swaps the roles of Wx and Wh (runs only when D == H, and is wrong there too)."""

import numpy as np


def rnn_forward(x, h0, Wx, Wh, b):
    h = h0
    hs = np.empty((x.shape[0], *h0.shape))
    for t in range(x.shape[0]):
        h = np.tanh(x[t] @ Wh + h @ Wx + b)
        hs[t] = h
    return hs
