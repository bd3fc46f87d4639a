"""Correct, but find_median sorts all the numbers again: O(n log n) per median."""


class MedianFinder:
    def __init__(self):
        self.values = []

    def add_num(self, num):
        self.values.append(num)

    def find_median(self):
        ordered = sorted(self.values)
        n = len(ordered)
        if n % 2:
            return ordered[n // 2]
        return (ordered[n // 2 - 1] + ordered[n // 2]) / 2
