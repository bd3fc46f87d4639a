"""Breaks out of the loop at the first value larger than the remainder without sorting first, so smaller values later in the list are never tried."""


def combination_sum(values, target):
    ways, chosen = [], []

    def extend(start, remaining):
        if remaining == 0:
            ways.append(list(chosen))
            return
        for k in range(start, len(values)):
            if values[k] > remaining:
                break
            chosen.append(values[k])
            extend(k, remaining - values[k])
            chosen.pop()

    extend(0, target)
    return ways
