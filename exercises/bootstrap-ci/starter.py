import numpy as np


def bootstrap_ci(x, idx, alpha=0.05):
    """Percentile bootstrap interval for the mean of x (n,), resamples x[idx[b]] for idx (B, n).

    Returns (low, high): the alpha/2 and 1 - alpha/2 linear-interpolation quantiles of the means.
    """
    raise NotImplementedError
