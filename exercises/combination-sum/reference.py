def combination_sum(values, target):
    ordered = sorted(values)
    ways, chosen = [], []

    def extend(start, remaining):
        if remaining == 0:
            ways.append(list(chosen))
            return
        for k in range(start, len(ordered)):
            value = ordered[k]
            if value > remaining:
                break
            chosen.append(value)
            extend(k, remaining - value)
            chosen.pop()

    extend(0, target)
    return ways
