"""A min-heap of at most k entries keyed by (count, -value): the weakest of the current best
is on top and is pushed out by anything better; the heap is read back in order at the end."""

import heapq
from collections import Counter


def top_k_frequent(nums, k):
    heap = []
    for value, c in Counter(nums).items():
        entry = (c, -value)
        if len(heap) < k:
            heapq.heappush(heap, entry)
        elif entry > heap[0]:
            heapq.heapreplace(heap, entry)
    best = []
    while heap:
        c, neg = heapq.heappop(heap)
        best.append(-neg)
    return best[::-1]
