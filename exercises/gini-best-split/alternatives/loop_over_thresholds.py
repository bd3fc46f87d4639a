"""Tries every candidate threshold with Counters of the two sides, in increasing order, so the
first strict improvement wins ties for the smallest threshold."""

from collections import Counter


def _gini(counter, size):
    return 1.0 - sum((c / size) ** 2 for c in counter.values())


def best_split(x, y):
    pairs = sorted(zip(x.tolist(), y.tolist(), strict=True))
    n = len(pairs)
    right = Counter(label for _, label in pairs)
    left = Counter()
    best = (None, _gini(right, n))
    for i in range(n - 1):
        value, label = pairs[i]
        left[label] += 1
        right[label] -= 1
        if value == pairs[i + 1][0]:
            continue
        n_left = i + 1
        score = (n_left * _gini(left, n_left) + (n - n_left) * _gini(right, n - n_left)) / n
        if best[0] is None or score < best[1]:
            best = ((value + pairs[i + 1][0]) / 2, score)
    return best
