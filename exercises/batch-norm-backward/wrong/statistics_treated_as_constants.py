"""Treats the batch mean and variance as constants: dx = dout * gamma / std."""

import numpy as np


def batch_norm_backward(dout, x, gamma, eps=1e-5):
    mu = x.mean(axis=0)
    std = np.sqrt(x.var(axis=0) + eps)
    x_hat = (x - mu) / std
    return dout * gamma / std, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
