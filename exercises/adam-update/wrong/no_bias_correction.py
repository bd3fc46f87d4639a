"""Skips the bias correction: uses m and v directly, so early steps are far too small or too large."""

import numpy as np


def adam_step(params, grads, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    new_m = beta1 * m + (1 - beta1) * grads
    new_v = beta2 * v + (1 - beta2) * grads**2
    return params - lr * new_m / (np.sqrt(new_v) + eps), new_m, new_v
