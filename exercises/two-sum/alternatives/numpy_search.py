"""For each position, looks for the complement among the later values with NumPy."""

import numpy as np


def two_sum(nums, target):
    values = np.asarray(nums, dtype=np.int64)
    for i in range(len(values) - 1):
        later = np.flatnonzero(values[i + 1 :] == target - values[i])
        if len(later):
            return [i, i + 1 + int(later[0])]
    return []
