"""Ranks the scores in descending order, which gives 1 - AUC."""

import numpy as np


def roc_auc(y_true, scores):
    order = np.argsort(-scores, kind="mergesort")
    _, first, counts = np.unique(-scores[order], return_index=True, return_counts=True)
    ranks = np.empty(len(scores))
    ranks[order] = np.repeat(first + (counts + 1) / 2.0, counts)
    n_pos = int(np.sum(y_true == 1))
    n_neg = len(scores) - n_pos
    return float((ranks[y_true == 1].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))
