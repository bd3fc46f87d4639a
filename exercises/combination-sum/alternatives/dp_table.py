"""Dynamic programming, no recursion: ways[t] lists every multiset paying t, built value by
value (like counting coin change), so each multiset appears once. Returns tuples."""


def combination_sum(values, target):
    ways = [[] for _ in range(target + 1)]
    ways[0] = [()]
    for value in values:
        for t in range(value, target + 1):
            ways[t] += [(*w, value) for w in ways[t - value]]
    return ways[target]
