"""A hand-written binary search over one list of (timestamp, value) pairs per key."""

from collections import defaultdict


class TimeMap:
    def __init__(self):
        self.history = defaultdict(list)

    def set(self, key, value, timestamp):
        self.history[key].append((timestamp, value))

    def get(self, key, timestamp):
        pairs = self.history.get(key, [])
        low, high, answer = 0, len(pairs) - 1, ""
        while low <= high:
            middle = (low + high) // 2
            if pairs[middle][0] <= timestamp:
                answer = pairs[middle][1]  # a candidate; a later one may still qualify
                low = middle + 1
            else:
                high = middle - 1
        return answer
