"""Ignores the mask: padding tokens are counted in the sum and in the number of tokens."""

import numpy as np


def perplexity(logits, targets, mask):
    z = logits - logits.max(axis=-1, keepdims=True)
    log_p = z - np.log(np.exp(z).sum(axis=-1, keepdims=True))
    target_log_p = np.take_along_axis(log_p, targets[..., None], axis=-1)[..., 0]
    return float(np.exp(-target_log_p.mean()))
