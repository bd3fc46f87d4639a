import numpy as np


def kfold_indices(n_samples, n_splits):
    sizes = np.full(n_splits, n_samples // n_splits, dtype=np.int64)
    sizes[: n_samples % n_splits] += 1
    stops = np.cumsum(sizes)
    starts = stops - sizes
    indices = np.arange(n_samples, dtype=np.int64)
    folds = []
    for start, stop in zip(starts, stops, strict=True):
        val_idx = indices[start:stop]
        train_idx = np.concatenate([indices[:start], indices[stop:]])
        folds.append((train_idx, val_idx))
    return folds
