"""Walks the folds with a running start in plain Python, then wraps the index lists in arrays."""

import numpy as np


def kfold_indices(n_samples, n_splits):
    base, extra = divmod(n_samples, n_splits)
    folds, start = [], 0
    for f in range(n_splits):
        stop = start + base + (1 if f < extra else 0)
        train = list(range(0, start)) + list(range(stop, n_samples))
        folds.append(
            (np.array(train, dtype=np.int64), np.array(range(start, stop), dtype=np.int64))
        )
        start = stop
    return folds
