"""Makes every fold n_samples // n_splits long, so the leftover samples are never validated."""

import numpy as np


def kfold_indices(n_samples, n_splits):
    size = n_samples // n_splits
    folds = []
    for i in range(n_splits):
        val_idx = np.arange(i * size, (i + 1) * size)
        train_idx = np.setdiff1d(np.arange(n_samples), val_idx)
        folds.append((train_idx, val_idx))
    return folds
