"""Adds eps outside the square root: divides by sqrt(var) + eps."""

import numpy as np


def batch_norm_forward(x, gamma, beta, eps=1e-5):
    mu = x.mean(axis=0)
    var = x.var(axis=0)
    return gamma * (x - mu) / (np.sqrt(var) + eps) + beta
