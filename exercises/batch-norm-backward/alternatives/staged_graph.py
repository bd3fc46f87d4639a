"""Staged computational graph: backpropagate node by node through x_hat, var and mu."""

import numpy as np


def batch_norm_backward(dout, x, gamma, eps=1e-5):
    n = x.shape[0]
    mu = np.sum(x, axis=0) / n
    xmu = x - mu
    var = np.sum(xmu**2, axis=0) / n
    ivar = 1.0 / np.sqrt(var + eps)
    x_hat = xmu * ivar
    dx_hat = dout * gamma
    dvar = np.sum(dx_hat * xmu, axis=0) * -0.5 * ivar**3
    dmu = np.sum(-dx_hat * ivar, axis=0) + dvar * np.sum(-2.0 * xmu, axis=0) / n
    dx = dx_hat * ivar + dvar * 2.0 * xmu / n + dmu / n
    return dx, np.sum(dout * x_hat, axis=0), np.sum(dout, axis=0)
