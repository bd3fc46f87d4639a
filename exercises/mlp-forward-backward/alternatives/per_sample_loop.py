"""Loops over the samples, accumulating outer products for the weight gradients."""

import numpy as np


def mlp_forward_backward(X, y, W1, b1, W2, b2):
    n, k = y.shape
    dW1, db1 = np.zeros_like(W1, dtype=float), np.zeros(W1.shape[1])
    dW2, db2 = np.zeros_like(W2, dtype=float), np.zeros(k)
    total = 0.0
    for i in range(n):
        z = X[i] @ W1 + b1
        a = np.where(z > 0, z, 0.0)
        err = a @ W2 + b2 - y[i]
        total += float(np.dot(err, err))
        g = 2.0 * err / (n * k)
        dW2 += np.outer(a, g)
        db2 += g
        dz = (W2 @ g) * (z > 0)
        dW1 += np.outer(X[i], dz)
        db1 += dz
    return total / (n * k), dW1, db1, dW2, db2
