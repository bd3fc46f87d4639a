"""Patience sorting with bisect_right: an equal value starts a new pile, counting duplicates."""

from bisect import bisect_right


def length_of_lis(nums):
    tails = []
    for x in nums:
        k = bisect_right(tails, x)
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    return len(tails)
