import numpy as np


def softmax_cross_entropy(logits, labels):
    """Mean softmax cross-entropy over a batch and its gradient with respect to the logits.

    logits: float array (n, C); labels: integer array (n,) with values in [0, C).
    Returns (loss, grad): a Python float and a float array (n, C).
    """
    raise NotImplementedError
