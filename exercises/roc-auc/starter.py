import numpy as np


def roc_auc(y_true, scores):
    """Area under the ROC curve for 0/1 labels y_true (n,) and float scores (n,).

    Tied scores count one half. Both classes are always present. Returns a float.
    """
    raise NotImplementedError
