"""Searches for the last timestamp strictly before the query (< instead of <=), so a value set exactly at the asked time is skipped."""


class TimeMap:
    def __init__(self):
        self.history = {}

    def set(self, key, value, timestamp):
        self.history.setdefault(key, []).append((timestamp, value))

    def get(self, key, timestamp):
        pairs = self.history.get(key, [])
        low, high, answer = 0, len(pairs) - 1, ""
        while low <= high:
            middle = (low + high) // 2
            if pairs[middle][0] < timestamp:
                answer = pairs[middle][1]
                low = middle + 1
            else:
                high = middle - 1
        return answer
