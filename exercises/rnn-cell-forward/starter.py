import numpy as np


def rnn_forward(x, h0, Wx, Wh, b):
    """Run a tanh RNN over x (T, N, D) from h0 (N, H).

    h_t = tanh(x[t] @ Wx + h_{t-1} @ Wh + b), Wx (D, H), Wh (H, H), b (H,).
    Returns every hidden state as a float array (T, N, H), not including h0.
    """
    raise NotImplementedError
