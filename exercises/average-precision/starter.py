import numpy as np


def average_precision(labels, scores):
    """Non-interpolated AP: mean of precision@r over the ranks r of the positives (by score).

    labels (n,) are 0/1 with at least one 1; scores (n,) are distinct. Returns a float.
    """
    raise NotImplementedError
