"""Trapezoidal area under the precision-recall curve (starting at recall 0, precision 1)."""

import numpy as np


def average_precision(labels, scores):
    ranked = labels[np.argsort(-scores)]
    hits = np.cumsum(ranked)
    precision = np.concatenate([[1.0], hits / np.arange(1, ranked.size + 1)])
    recall = np.concatenate([[0.0], hits / hits[-1]])
    return float(np.trapezoid(precision, recall))
