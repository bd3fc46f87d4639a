"""Sends each number to the lower or upper heap but never moves numbers between them, so once the halves differ in size by two or more the heap tops are no longer the middle."""

import heapq


class MedianFinder:
    def __init__(self):
        self.low = []  # negated
        self.high = []

    def add_num(self, num):
        if not self.low or num <= -self.low[0]:
            heapq.heappush(self.low, -num)
        else:
            heapq.heappush(self.high, num)

    def find_median(self):
        if len(self.low) > len(self.high):
            return -self.low[0]
        if len(self.high) > len(self.low):
            return self.high[0]
        return (-self.low[0] + self.high[0]) / 2
