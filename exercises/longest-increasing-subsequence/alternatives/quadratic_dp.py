"""The O(n^2) dynamic programme, vectorised over j: best[i] is the longest strictly increasing
subsequence ending at i, one more than the best over earlier, smaller values."""

import numpy as np


def length_of_lis(nums):
    values = np.asarray(nums, dtype=np.int64)
    best = np.ones(len(values), dtype=np.int64)
    for i in range(1, len(values)):
        smaller = values[:i] < values[i]
        if smaller.any():
            best[i] = best[:i][smaller].max() + 1
    return int(best.max()) if len(values) else 0
