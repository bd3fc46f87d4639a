"""Counts only strictly greater pairs, so every tie scores 0 instead of one half."""


def roc_auc(y_true, scores):
    pos = scores[y_true == 1]
    neg = scores[y_true == 0]
    return float((pos[:, None] > neg[None, :]).mean())
