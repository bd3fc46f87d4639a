"""Starts a new day when the load would reach the capacity (>=) rather than exceed it, so a day that would be exactly full is cut short."""


def min_capacity(weights, days):
    def days_needed(capacity):
        used, load = 1, 0
        for w in weights:
            if load + w >= capacity and load > 0:
                used += 1
                load = 0
            load += w
        return used

    lo, hi = max(weights), sum(weights)
    while lo < hi:
        mid = (lo + hi) // 2
        if days_needed(mid) <= days:
            hi = mid
        else:
            lo = mid + 1
    return lo
