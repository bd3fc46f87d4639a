"""Correct, but get walks through the key's values from the first: O(n) per get."""


class TimeMap:
    def __init__(self):
        self.history = {}

    def set(self, key, value, timestamp):
        self.history.setdefault(key, []).append((timestamp, value))

    def get(self, key, timestamp):
        answer = ""
        for when, value in self.history.get(key, []):
            if when > timestamp:
                break
            answer = value
        return answer
