import numpy as np


def kfold_indices(n_samples, n_splits):
    """Contiguous k-fold splits of range(n_samples).

    The first n_samples % n_splits folds get one extra index.
    Returns a list of n_splits (train_idx, val_idx) pairs of sorted integer arrays.
    """
    raise NotImplementedError
