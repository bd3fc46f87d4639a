import numpy as np


def perplexity(logits, targets, mask):
    """exp of the mean negative log-likelihood of targets (B, T) over the tokens where mask is True.

    logits has shape (B, T, V); padding (mask False) does not count. Returns a float.
    """
    raise NotImplementedError
