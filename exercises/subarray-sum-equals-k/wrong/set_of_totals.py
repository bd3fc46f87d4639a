"""Remembers which running totals occurred (a set) but not how often, so a total reached several times (after quiet days or a loss and a gain) is counted once."""


def count_subarrays(nums, k):
    seen = {0}
    total = count = 0
    for x in nums:
        total += x
        if total - k in seen:
            count += 1
        seen.add(total)
    return count
