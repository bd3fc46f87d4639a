"""Scales the adapter by alpha instead of alpha / r, forgetting to divide by the rank, in the forward pass and both gradients."""


def lora_linear(x, W, b, A, B, alpha, dy):
    tokens = x.reshape(-1, x.shape[-1])
    grads = dy.reshape(-1, W.shape[0])
    h = tokens @ A.T
    y = tokens @ W.T + b + alpha * h @ B.T
    dB = alpha * grads.T @ h
    dA = alpha * (grads @ B).T @ tokens
    return y.reshape(*x.shape[:-1], W.shape[0]), dA, dB
