"""bisect_left with a key function on the pairs, searching for timestamp + 1: timestamps are
integers, so everything before that position is at or before the query."""

from bisect import bisect_left
from operator import itemgetter

_TIME = itemgetter(0)


class TimeMap:
    def __init__(self):
        self.history = {}

    def set(self, key, value, timestamp):
        if key not in self.history:
            self.history[key] = []
        self.history[key].append((timestamp, value))

    def get(self, key, timestamp):
        pairs = self.history.get(key)
        if not pairs:
            return ""
        position = bisect_left(pairs, timestamp + 1, key=_TIME)
        return pairs[position - 1][1] if position > 0 else ""
