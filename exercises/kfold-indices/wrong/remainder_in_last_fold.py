"""Puts all the leftover samples into the last fold instead of spreading them over the first folds."""

import numpy as np


def kfold_indices(n_samples, n_splits):
    size = n_samples // n_splits
    folds = []
    for i in range(n_splits):
        stop = n_samples if i == n_splits - 1 else (i + 1) * size
        val_idx = np.arange(i * size, stop)
        train_idx = np.concatenate([np.arange(0, i * size), np.arange(stop, n_samples)])
        folds.append((train_idx, val_idx))
    return folds
