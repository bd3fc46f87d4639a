"""Bucket sort: values grouped by their count (a list index), read from the highest count
down, each bucket sorted by value; O(n) apart from sorting inside the buckets."""


def top_k_frequent(nums, k):
    counts = {}
    for v in nums:
        counts[v] = counts.get(v, 0) + 1
    buckets = [[] for _ in range(len(nums) + 1)]
    for value, c in counts.items():
        buckets[c].append(value)
    out = []
    for c in range(len(nums), 0, -1):
        for value in sorted(buckets[c]):
            out.append(value)
            if len(out) == k:
                return out
    return out
