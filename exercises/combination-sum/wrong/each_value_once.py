"""Moves on to the next value after using one, so no value is ever used twice and ways like [2, 2, 2, 2] are missing."""


def combination_sum(values, target):
    ordered = sorted(values)
    ways = []

    def extend(start, chosen, remaining):
        if remaining == 0:
            ways.append(chosen)
            return
        for k in range(start, len(ordered)):
            if ordered[k] <= remaining:
                extend(k + 1, [*chosen, ordered[k]], remaining - ordered[k])

    extend(0, [], target)
    return ways
