"""Counts days by jumping along prefix sums with bisect (one jump per day), inside a binary
search written with an exclusive upper bound."""

from bisect import bisect_right
from itertools import accumulate


def min_capacity(weights, days):
    prefix = [0, *accumulate(weights)]
    n = len(weights)

    def days_for(capacity):
        start, count = 0, 0
        while start < n:
            # the furthest end such that prefix[end] - prefix[start] <= capacity
            start = bisect_right(prefix, prefix[start] + capacity) - 1
            count += 1
            if count > days:
                break
        return count

    lo, hi = max(weights) - 1, prefix[-1]  # lo never works (or is below a parcel), hi always works
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if days_for(mid) <= days:
            hi = mid
        else:
            lo = mid
    return hi
