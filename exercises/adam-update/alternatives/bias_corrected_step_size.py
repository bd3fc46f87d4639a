"""Folds both bias corrections into one step size, the form in Kingma and Ba's Algorithm 1
note; eps is rescaled so the update is identical to the textbook one."""

import numpy as np


def adam_step(params, grads, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    g = np.asarray(grads, dtype=float)
    m_new = np.asarray(m, dtype=float) * beta1 + g * (1 - beta1)
    v_new = np.asarray(v, dtype=float) * beta2 + np.square(g) * (1 - beta2)
    c1, c2 = 1 - beta1**t, 1 - beta2**t
    step = lr * np.sqrt(c2) / c1
    eps_hat = eps * np.sqrt(c2)
    return np.asarray(params, dtype=float) - step * m_new / (np.sqrt(v_new) + eps_hat), m_new, v_new
