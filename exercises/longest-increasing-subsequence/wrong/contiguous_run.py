"""Finds the longest contiguous increasing run instead of a subsequence that may skip elements."""

from itertools import pairwise


def length_of_lis(nums):
    best = run = 1
    for prev, cur in pairwise(nums):
        run = run + 1 if cur > prev else 1
        best = max(best, run)
    return best if nums else 0
