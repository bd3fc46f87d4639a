"""Two heaps where every number passes through the lower half first (heappushpop), and the
larger half may hold the extra number on odd counts."""

import heapq


class MedianFinder:
    def __init__(self):
        self.lower = []  # negated
        self.upper = []

    def add_num(self, num):
        moved = -heapq.heappushpop(self.lower, -num)  # the largest of lower + num
        heapq.heappush(self.upper, moved)
        if len(self.upper) > len(self.lower) + 1:
            heapq.heappush(self.lower, -heapq.heappop(self.upper))

    def find_median(self):
        if len(self.upper) > len(self.lower):
            return self.upper[0]
        return (self.upper[0] - self.lower[0]) / 2.0
