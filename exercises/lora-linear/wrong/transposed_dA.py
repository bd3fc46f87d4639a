"""Computes dA as x^T (dy B), which is the transpose of the gradient: shape (d_in, r) instead of A's (r, d_in)."""


def lora_linear(x, W, b, A, B, alpha, dy):
    s = alpha / A.shape[0]
    tokens = x.reshape(-1, x.shape[-1])
    grads = dy.reshape(-1, W.shape[0])
    h = tokens @ A.T
    y = tokens @ W.T + b + s * h @ B.T
    dB = s * grads.T @ h
    dA = s * tokens.T @ (grads @ B)
    return y.reshape(*x.shape[:-1], W.shape[0]), dA, dB
