"""Stacks [Wx; Wh] into one matrix and multiplies it by [x_t, h_{t-1}] at every step; tanh
is written through exp."""

import numpy as np


def rnn_forward(x, h0, Wx, Wh, b):
    x = np.asarray(x, dtype=float)
    h = np.asarray(h0, dtype=float)
    W = np.vstack([Wx, Wh])
    hs = np.zeros((x.shape[0], *h.shape))
    for t in range(x.shape[0]):
        a = np.concatenate([x[t], h], axis=1) @ W + b
        e = np.exp(-2.0 * np.abs(a))  # tanh(a) = sign(a) (1 - e^{-2|a|}) / (1 + e^{-2|a|})
        h = np.sign(a) * (1.0 - e) / (1.0 + e)
        hs[t] = h
    return hs
