import numpy as np


def bootstrap_ci(x, idx, alpha=0.05):
    means = np.asarray(x, dtype=float)[idx].mean(axis=1)
    low, high = np.quantile(means, [alpha / 2, 1 - alpha / 2])
    return float(low), float(high)
