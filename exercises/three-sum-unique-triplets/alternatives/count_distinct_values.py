"""Works on the distinct values and their counts: for a <= b among them, c = -a - b must be
at least b and occur often enough. Returns tuples."""

from collections import Counter


def three_sum(nums):
    counts = Counter(nums)
    distinct = sorted(counts)
    out = []
    for x, a in enumerate(distinct):
        for b in distinct[x:]:
            c = -a - b
            if c < b:
                break
            if c not in counts:
                continue
            need = Counter((a, b, c))
            if all(counts.get(v, 0) >= k for v, k in need.items()):
                out.append((a, b, c))
    return out
