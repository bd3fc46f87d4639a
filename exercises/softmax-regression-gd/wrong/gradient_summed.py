"""Sums the gradient over the samples instead of averaging it (forgets the 1/n), so every step is n times too long for the mean loss."""

import numpy as np


def softmax_regression(X, y, W0, b0, lr, n_iters):
    n = X.shape[0]
    W, b = np.array(W0, dtype=float), np.array(b0, dtype=float)
    Y = np.eye(W.shape[1])[y]
    losses = []
    for t in range(n_iters + 1):
        z = X @ W + b
        z = z - z.max(axis=1, keepdims=True)
        log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        losses.append(-np.mean(log_p[np.arange(n), y]))
        if t < n_iters:
            W = W - lr * X.T @ (np.exp(log_p) - Y)
            b = b - lr * (np.exp(log_p) - Y).sum(axis=0)
    return W, b, np.array(losses)
