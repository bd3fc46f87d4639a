"""Counts how often each point is drawn per resample (bincount), means as counts @ x / n."""

import numpy as np


def bootstrap_ci(x, idx, alpha=0.05):
    n = x.size
    counts = np.array([np.bincount(row, minlength=n) for row in idx], dtype=float)
    means = counts @ x / n
    low, high = np.percentile(means, [50 * alpha, 100 - 50 * alpha])
    return float(low), float(high)
