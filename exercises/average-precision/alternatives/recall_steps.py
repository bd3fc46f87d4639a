"""Step-wise area under the precision-recall curve: sum of (recall increase) * precision."""

import numpy as np


def average_precision(labels, scores):
    order = np.argsort(scores)[::-1]
    tp = np.cumsum(labels[order] == 1)
    precision = tp / np.arange(1, len(order) + 1)
    recall = tp / tp[-1]
    steps = np.diff(np.concatenate([[0.0], recall]))
    return float(np.dot(steps, precision))
