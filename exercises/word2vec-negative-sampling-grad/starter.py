import numpy as np


def sgns_loss_and_grads(v, U, context, negatives):
    """Skip-gram negative-sampling loss for one (center, context) pair and K negative draws.

    v is the center word's vector (d,), U the output vectors (V, d), context an int and
    negatives an int array (K,). Returns (loss, grad_v (d,), grad_U (V, d)).
    """
    raise NotImplementedError
