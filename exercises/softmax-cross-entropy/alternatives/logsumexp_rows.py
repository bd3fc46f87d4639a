"""Row by row: a log-sum-exp per sample, the loss from the picked log-probability."""

import numpy as np


def softmax_cross_entropy(logits, labels):
    logits = np.asarray(logits, dtype=float)
    n = len(logits)
    total = 0.0
    grad = np.empty_like(logits)
    for i, (row, label) in enumerate(zip(logits, labels, strict=True)):
        top = row.max()
        lse = top + np.log(np.sum(np.exp(row - top)))
        total += lse - row[label]
        grad[i] = np.exp(row - lse)
        grad[i, label] -= 1.0
    return float(total / n), grad / n
