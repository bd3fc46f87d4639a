"""Forms the merged weight W + s B A for the forward pass and accumulates the gradient of the
merged weight token by token, then maps it onto the adapter: dA = s B^T G, dB = s G A^T."""

import numpy as np


def lora_linear(x, W, b, A, B, alpha, dy):
    s = alpha / len(A)
    merged = W + s * (B @ A)
    tokens = x.reshape(-1, x.shape[-1])
    grads = dy.reshape(-1, dy.shape[-1])
    y = np.empty((len(tokens), W.shape[0]))
    G = np.zeros_like(merged)
    for t, (xt, gt) in enumerate(zip(tokens, grads, strict=True)):
        y[t] = merged @ xt + b
        G += np.outer(gt, xt)
    return y.reshape(*x.shape[:-1], W.shape[0]), s * (B.T @ G), s * (G @ A.T)
