"""Puts eps inside the square root: divides by sqrt(v_hat + eps)."""

import numpy as np


def adam_step(params, grads, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    new_m = beta1 * m + (1 - beta1) * grads
    new_v = beta2 * v + (1 - beta2) * grads**2
    m_hat = new_m / (1 - beta1**t)
    v_hat = new_v / (1 - beta2**t)
    return params - lr * m_hat / np.sqrt(v_hat + eps), new_m, new_v
