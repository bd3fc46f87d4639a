"""For every positive, counts the negatives strictly below and equal to it by binary search
in the sorted negative scores; returns a float32, which the prompt allows."""

import numpy as np


def roc_auc(y_true, scores):
    y = np.asarray(y_true)
    s = np.asarray(scores, dtype=float)
    neg = np.sort(s[y == 0])
    pos = s[y == 1]
    below = np.searchsorted(neg, pos, side="left")
    equal = np.searchsorted(neg, pos, side="right") - below
    wins = below.sum() + 0.5 * equal.sum()
    return np.float32(wins / (len(pos) * len(neg)))
