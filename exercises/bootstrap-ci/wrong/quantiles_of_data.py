"""Takes the quantiles of the resampled values themselves, not of the resample means."""

import numpy as np


def bootstrap_ci(x, idx, alpha=0.05):
    values = x[idx].ravel()
    return float(np.quantile(values, alpha / 2)), float(np.quantile(values, 1 - alpha / 2))
