"""Staged computational graph: backpropagate through x_hat, var and mu one node at a time."""

import numpy as np


def layer_norm(x, gamma, beta, dout, eps=1e-5):
    d = x.shape[1]
    mu = np.mean(x, axis=1, keepdims=True)
    xmu = x - mu
    var = np.mean(xmu * xmu, axis=1, keepdims=True)
    std = np.sqrt(var + eps)
    x_hat = xmu / std
    out = x_hat * gamma + beta
    dx_hat = dout * gamma
    dvar = np.sum(dx_hat * xmu, axis=1, keepdims=True) * -0.5 * (var + eps) ** -1.5
    dmu = -np.sum(dx_hat, axis=1, keepdims=True) / std - 2.0 * dvar * np.mean(
        xmu, axis=1, keepdims=True
    )
    dx = dx_hat / std + dvar * 2.0 * xmu / d + dmu / d
    return out, dx, np.sum(dout * x_hat, axis=0), np.sum(dout, axis=0)
