"""Backpropagates as if the mean and variance were constants: dx = dout * gamma / std."""

import numpy as np


def layer_norm(x, gamma, beta, dout, eps=1e-5):
    centred = x - x.mean(axis=1, keepdims=True)
    inv_std = 1.0 / np.sqrt((centred**2).mean(axis=1, keepdims=True) + eps)
    x_hat = centred * inv_std
    dx = dout * gamma * inv_std
    return gamma * x_hat + beta, dx, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
