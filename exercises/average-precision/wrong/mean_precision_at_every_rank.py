"""Averages precision@r over every rank, positive or not."""

import numpy as np


def average_precision(labels, scores):
    ranked = labels[np.argsort(-scores)]
    return float(np.mean(np.cumsum(ranked) / np.arange(1, ranked.size + 1)))
