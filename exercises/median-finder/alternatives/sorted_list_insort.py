"""A sorted Python list kept with bisect.insort; the insert shifts memory, but in fast C."""

from bisect import insort


class MedianFinder:
    def __init__(self):
        self.values = []

    def add_num(self, num):
        insort(self.values, num)

    def find_median(self):
        n = len(self.values)
        middle = n // 2
        if n % 2:
            return self.values[middle]
        return (self.values[middle - 1] + self.values[middle]) / 2
