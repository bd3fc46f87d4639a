"""The library does the search: bisect over the range of capacities with a feasibility key."""

from bisect import bisect_left


def min_capacity(weights, days):
    def fits(capacity):
        used, load = 1, 0
        for w in weights:
            load += w
            if load > capacity:
                used += 1
                load = w
        return used <= days

    low = max(weights)
    capacities = range(low, sum(weights) + 1)
    return low + bisect_left(capacities, True, key=fits)
