"""Tries every value at every step, so the same tokens in a different order ([2, 3, 3] and [3, 2, 3]) are listed as separate ways."""


def combination_sum(values, target):
    ways = []

    def extend(chosen, remaining):
        if remaining == 0:
            ways.append(list(chosen))
            return
        for value in values:
            if value <= remaining:
                extend([*chosen, value], remaining - value)

    extend([], target)
    return ways
