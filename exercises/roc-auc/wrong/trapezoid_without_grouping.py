"""Sorts by score and adds one ROC point per sample, so tied samples make a staircase instead of a diagonal."""

import numpy as np


def roc_auc(y_true, scores):
    order = np.argsort(-scores, kind="stable")
    y = y_true[order]
    tpr = np.concatenate([[0.0], np.cumsum(y == 1) / np.sum(y == 1)])
    fpr = np.concatenate([[0.0], np.cumsum(y == 0) / np.sum(y == 0)])
    return float(np.sum((fpr[1:] - fpr[:-1]) * (tpr[1:] + tpr[:-1]) / 2))
