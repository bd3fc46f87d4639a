import numpy as np


def rnn_forward(x, h0, Wx, Wh, b):
    x = np.asarray(x, dtype=float)
    h = np.asarray(h0, dtype=float)
    T = x.shape[0]
    hs = np.empty((T, *h.shape))
    # the input projections of all time steps at once; only the recurrence needs the loop
    projected = x @ Wx + b
    for t in range(T):
        h = np.tanh(projected[t] + h @ Wh)
        hs[t] = h
    return hs
