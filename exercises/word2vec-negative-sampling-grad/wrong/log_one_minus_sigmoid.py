"""Computes the negatives' loss as -log(1 - sigmoid(s)): once s is large, sigmoid(s) rounds to 1 and the loss becomes infinite, where -log sigmoid(-s) stays finite."""

import numpy as np


def sgns_loss_and_grads(v, U, context, negatives):
    sig = lambda z: 1.0 / (1.0 + np.exp(-z))  # noqa: E731
    s_pos = U[context] @ v
    s_neg = U[negatives] @ v
    with np.errstate(divide="ignore"):
        loss = -np.log(sig(s_pos)) - np.log(1.0 - sig(s_neg)).sum()
    g_pos = sig(s_pos) - 1.0
    g_neg = sig(s_neg)
    grad_U = np.zeros_like(U)
    grad_U[context] += g_pos * v
    np.add.at(grad_U, negatives, np.outer(g_neg, v))
    return float(loss), g_pos * U[context] + g_neg @ U[negatives], grad_U
