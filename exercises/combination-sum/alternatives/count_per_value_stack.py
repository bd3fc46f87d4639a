"""Explicit stack over 'how many of the next value', in the values' given order; each way is
written as counts first and expanded at the end (larger tokens first)."""


def combination_sum(values, target):
    out = []
    stack = [(0, target, ())]
    while stack:
        index, remaining, counts = stack.pop()
        if remaining == 0:
            way = []
            for value, count in zip(values, counts, strict=False):
                way += [value] * count
            out.append(sorted(way, reverse=True))
            continue
        if index == len(values):
            continue
        value = values[index]
        for count in range(remaining // value + 1):
            stack.append((index + 1, remaining - count * value, (*counts, count)))
    return out
