import numpy as np


def best_split(x, y):
    """Best threshold for a decision-tree split `x <= t` on one numeric feature, by Gini impurity.

    x: float array (n,); y: integer array (n,) of class labels.
    Returns (threshold, weighted_gini): a float (or None if no split exists) and a float.
    """
    raise NotImplementedError
