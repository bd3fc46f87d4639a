"""Loop over resamples for the means, then the interpolation formula by hand on the sorted list."""

import math


def _quantile(s, q):
    h = (len(s) - 1) * q
    lo = math.floor(h)
    if lo + 1 >= len(s):
        return s[-1]
    return s[lo] + (h - lo) * (s[lo + 1] - s[lo])


def bootstrap_ci(x, idx, alpha=0.05):
    values = [float(v) for v in x]
    means = sorted(sum(values[i] for i in row) / len(row) for row in idx)
    return _quantile(means, alpha / 2), _quantile(means, 1 - alpha / 2)
