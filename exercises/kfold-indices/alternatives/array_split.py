"""np.array_split gives exactly these fold sizes (the first n % k folds one larger);
np.setdiff1d gives the sorted complement."""

import numpy as np


def kfold_indices(n_samples, n_splits):
    everything = np.arange(n_samples)
    return [(np.setdiff1d(everything, fold), fold) for fold in np.array_split(everything, n_splits)]
