"""Averages the precisions at the positive ranks over all n items instead of the R positives."""

import numpy as np


def average_precision(labels, scores):
    ranked = labels[np.argsort(-scores)]
    precision = np.cumsum(ranked) / np.arange(1, ranked.size + 1)
    return float(precision[ranked == 1].sum() / ranked.size)
