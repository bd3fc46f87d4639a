"""Feeds the initial state h0 into every step instead of the previous hidden state."""

import numpy as np


def rnn_forward(x, h0, Wx, Wh, b):
    hs = [np.tanh(x[t] @ Wx + h0 @ Wh + b) for t in range(x.shape[0])]
    return np.array(hs).reshape(x.shape[0], h0.shape[0], h0.shape[1])
