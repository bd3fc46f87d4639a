"""Uses Counter.most_common, which breaks ties by where a value first appears rather than by the smaller value."""

from collections import Counter


def top_k_frequent(nums, k):
    return [value for value, _ in Counter(nums).most_common(k)]
