"""Forgets the factor 2 from differentiating the square."""

import numpy as np


def mlp_forward_backward(X, y, W1, b1, W2, b2):
    z = X @ W1 + b1
    a = np.maximum(z, 0.0)
    diff = a @ W2 + b2 - y
    dpred = diff / diff.size
    dz = (dpred @ W2.T) * (z > 0)
    return float(np.mean(diff**2)), X.T @ dz, dz.sum(axis=0), a.T @ dpred, dpred.sum(axis=0)
