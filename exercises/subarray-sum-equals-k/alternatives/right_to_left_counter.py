"""Walks the prefix sums from the right with a Counter of later prefixes: a start at i pairs
with every later end whose prefix is prefix[i] + k."""

from collections import Counter
from itertools import accumulate


def count_subarrays(nums, k):
    prefix = [0, *accumulate(nums)]
    later = Counter()
    answer = 0
    for value in reversed(prefix):
        answer += later[value + k]
        later[value] += 1
    return answer
