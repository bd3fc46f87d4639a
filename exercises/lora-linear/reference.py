import numpy as np


def lora_linear(x, W, b, A, B, alpha, dy):
    x = np.asarray(x, dtype=float)
    d_out, d_in = W.shape
    scale = alpha / A.shape[0]
    tokens = x.reshape(-1, d_in)  # every leading axis is just more tokens
    grads = np.asarray(dy, dtype=float).reshape(-1, d_out)
    down = tokens @ A.T  # (N, r)
    y = tokens @ W.T + b + scale * (down @ B.T)
    dB = scale * grads.T @ down
    dA = scale * (grads @ B).T @ tokens
    return y.reshape(*x.shape[:-1], d_out), dA, dB
