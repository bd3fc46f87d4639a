"""Sorts by (count, value) in reverse, so among equally frequent values the larger one comes first."""

from collections import Counter


def top_k_frequent(nums, k):
    counts = Counter(nums)
    return sorted(counts, key=lambda v: (counts[v], v), reverse=True)[:k]
