from bisect import bisect_right


class TimeMap:
    def __init__(self) -> None:
        self.times: dict[str, list[int]] = {}  # per key, increasing as set
        self.values: dict[str, list[str]] = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.times.setdefault(key, []).append(timestamp)
        self.values.setdefault(key, []).append(value)

    def get(self, key: str, timestamp: int) -> str:
        times = self.times.get(key, [])
        index = bisect_right(times, timestamp)  # entries before it are <= timestamp
        return self.values[key][index - 1] if index else ""
