import numpy as np


def roc_auc(y_true, scores):
    positive = np.asarray(y_true) == 1
    scores = np.asarray(scores, dtype=float)
    n = scores.size
    order = np.argsort(scores, kind="mergesort")
    # tied scores share the average of the 1-based ranks they occupy
    _, first, counts = np.unique(scores[order], return_index=True, return_counts=True)
    ranks = np.empty(n)
    ranks[order] = np.repeat(first + (counts + 1) / 2.0, counts)
    n_pos = int(positive.sum())
    n_neg = n - n_pos
    u = ranks[positive].sum() - n_pos * (n_pos + 1) / 2.0
    return float(u / (n_pos * n_neg))
