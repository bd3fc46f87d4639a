"""Computes the variance as mean(x**2) - mean(x)**2, which cancels catastrophically for large offsets."""

import numpy as np


def batch_norm_forward(x, gamma, beta, eps=1e-5):
    mu = x.mean(axis=0)
    var = np.maximum((x**2).mean(axis=0) - mu**2, 0.0)
    return gamma * (x - mu) / np.sqrt(var + eps) + beta
