"""Loops over the real tokens, each normaliser from np.logaddexp.reduce."""

import math

import numpy as np


def perplexity(logits, targets, mask):
    total, count = 0.0, 0
    b, t, _ = logits.shape
    for i in range(b):
        for j in range(t):
            if mask[i, j]:
                row = logits[i, j]
                total += float(np.logaddexp.reduce(row) - row[targets[i, j]])
                count += 1
    return math.exp(total / count)
