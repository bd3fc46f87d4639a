import numpy as np


def _sigmoid(z):
    return np.exp(-np.logaddexp(0.0, -z))


def sgns_loss_and_grads(v, U, context, negatives):
    v = np.asarray(v, dtype=float)
    U = np.asarray(U, dtype=float)
    negatives = np.asarray(negatives, dtype=np.int64)
    s_pos = U[context] @ v
    s_neg = U[negatives] @ v
    # -log sigmoid(s) = logaddexp(0, -s): stable for scores of any size.
    loss = np.logaddexp(0.0, -s_pos) + np.logaddexp(0.0, s_neg).sum()
    g_pos = _sigmoid(s_pos) - 1.0
    g_neg = _sigmoid(s_neg)
    grad_v = g_pos * U[context] + g_neg @ U[negatives]
    grad_U = np.zeros_like(U)
    grad_U[context] += g_pos * v
    np.add.at(grad_U, negatives, np.outer(g_neg, v))  # a repeated index adds every time
    return float(loss), grad_v, grad_U
