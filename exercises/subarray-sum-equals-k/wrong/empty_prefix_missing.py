"""Starts the dictionary of running totals empty instead of {0: 1}, so periods that begin on the first day are never counted."""


def count_subarrays(nums, k):
    seen = {}
    total = count = 0
    for x in nums:
        total += x
        count += seen.get(total - k, 0)
        seen[total] = seen.get(total, 0) + 1
    return count
