import heapq


class MedianFinder:
    def __init__(self) -> None:
        self.low: list[int] = []  # the smaller half, negated (a max-heap); one more on odd counts
        self.high: list[int] = []  # the larger half (a min-heap)

    def add_num(self, num: int) -> None:
        if self.low and num > -self.low[0]:
            heapq.heappush(self.high, num)
        else:
            heapq.heappush(self.low, -num)
        if len(self.low) > len(self.high) + 1:
            heapq.heappush(self.high, -heapq.heappop(self.low))
        elif len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def find_median(self) -> float:
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        return (-self.low[0] + self.high[0]) / 2
