"""A one-hot matrix from np.eye and np.logaddexp.reduce for the normaliser."""

import numpy as np


def softmax_cross_entropy(logits, labels):
    logits = np.asarray(logits, dtype=float)
    n, c = logits.shape
    onehot = np.eye(c)[np.asarray(labels)]
    log_z = np.logaddexp.reduce(logits, axis=1, keepdims=True)
    log_p = logits - log_z
    loss = -np.sum(onehot * log_p) / n
    return float(loss), (np.exp(log_p) - onehot) / n
