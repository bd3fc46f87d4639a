"""Offline: all prefix sums first, the positions of each value grouped in sorted lists, then
for every end a bisect counts the earlier starts whose prefix is that end's prefix minus k."""

from bisect import bisect_left
from collections import defaultdict
from itertools import accumulate


def count_subarrays(nums, k):
    prefix = [0, *accumulate(nums)]
    where = defaultdict(list)
    for index, value in enumerate(prefix):
        where[value].append(index)
    total = 0
    for end in range(1, len(prefix)):
        starts = where.get(prefix[end] - k)
        if starts:
            total += bisect_left(starts, end)
    return total
