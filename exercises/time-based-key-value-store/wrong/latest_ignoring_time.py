"""Returns the key's latest value whatever time is asked, so a question about an earlier time gets a value set later."""


class TimeMap:
    def __init__(self):
        self.history = {}

    def set(self, key, value, timestamp):
        self.history.setdefault(key, []).append((timestamp, value))

    def get(self, key, timestamp):
        pairs = self.history.get(key)
        return pairs[-1][1] if pairs else ""
