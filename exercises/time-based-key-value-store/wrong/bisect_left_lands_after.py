"""Returns the value at the position bisect_left finds, which is the first timestamp at or after the query, so between two changes it gives the later value (and a time before the first change gets the first value instead of "")."""

from bisect import bisect_left


class TimeMap:
    def __init__(self):
        self.times = {}
        self.values = {}

    def set(self, key, value, timestamp):
        self.times.setdefault(key, []).append(timestamp)
        self.values.setdefault(key, []).append(value)

    def get(self, key, timestamp):
        times = self.times.get(key)
        if not times:
            return ""
        index = bisect_left(times, timestamp)
        return self.values[key][min(index, len(times) - 1)]
