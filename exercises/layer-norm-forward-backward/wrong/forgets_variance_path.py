"""Keeps the path through the mean but drops the one through the variance in dx."""

import numpy as np


def layer_norm(x, gamma, beta, dout, eps=1e-5):
    centred = x - x.mean(axis=1, keepdims=True)
    inv_std = 1.0 / np.sqrt((centred**2).mean(axis=1, keepdims=True) + eps)
    x_hat = centred * inv_std
    g = dout * gamma
    dx = inv_std * (g - g.mean(axis=1, keepdims=True))
    return gamma * x_hat + beta, dx, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
