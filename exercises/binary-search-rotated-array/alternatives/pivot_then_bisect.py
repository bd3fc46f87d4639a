"""Finds the rotation point (the smallest value) by binary search, then bisects the one
sorted run that can hold the target."""

from bisect import bisect_left


def search(nums, target):
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] > nums[hi]:
            lo = mid + 1
        else:
            hi = mid
    pivot = lo
    if pivot > 0 and target >= nums[0]:
        start, stop = 0, pivot
    else:
        start, stop = pivot, len(nums)
    k = bisect_left(nums, target, start, stop)
    return k if k < stop and nums[k] == target else -1
