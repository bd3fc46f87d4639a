"""Pure Python loops: one term of the loss per sample (the context word, then each negative
draw), each adding its share to the gradients as it goes, with math.exp and math.log1p."""

import math

import numpy as np


def _neg_log_sigmoid(z):
    return math.log1p(math.exp(-z)) if z >= 0 else -z + math.log1p(math.exp(z))


def _sigmoid(z):
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def sgns_loss_and_grads(v, U, context, negatives):
    v = [float(a) for a in v]
    rows = [[float(a) for a in row] for row in U]
    grad_v = [0.0] * len(v)
    grad_U = [[0.0] * len(v) for _ in rows]
    samples = [(int(context), 1.0)] + [(int(k), -1.0) for k in negatives]
    loss = 0.0
    for word, sign in samples:
        score = sum(a * b for a, b in zip(rows[word], v, strict=True))
        loss += _neg_log_sigmoid(sign * score)
        coef = -sign * _sigmoid(-sign * score)  # d/dscore of -log sigmoid(sign * score)
        for i in range(len(v)):
            grad_v[i] += coef * rows[word][i]
            grad_U[word][i] += coef * v[i]
    return loss, np.array(grad_v), np.array(grad_U)
