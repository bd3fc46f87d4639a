"""Picks the right k values but returns them sorted by value, losing the most-frequent-first order."""

from collections import Counter


def top_k_frequent(nums, k):
    counts = Counter(nums)
    return sorted(sorted(counts, key=lambda v: (-counts[v], v))[:k])
