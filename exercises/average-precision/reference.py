import numpy as np


def average_precision(labels, scores):
    ranked = np.asarray(labels)[np.argsort(-np.asarray(scores, dtype=float))]
    hits = np.cumsum(ranked)
    precision = hits / np.arange(1, ranked.size + 1)
    return float(precision[ranked == 1].sum() / hits[-1])
