"""Counts per value in a Fenwick (binary indexed) tree over -10^5..10^5; the k-th smallest
value is found by binary lifting, so both calls are O(log of the value range)."""

OFFSET = 100_000
SIZE = 2 * OFFSET + 1


class MedianFinder:
    def __init__(self):
        self.tree = [0] * (SIZE + 1)
        self.count = 0
        self.step = 1 << (SIZE.bit_length() - 1)

    def add_num(self, num):
        i = num + OFFSET + 1
        while i <= SIZE:
            self.tree[i] += 1
            i += i & -i
        self.count += 1

    def _kth(self, k):
        """The k-th smallest value added (1-based)."""
        position, step = 0, self.step
        while step:
            nxt = position + step
            if nxt <= SIZE and self.tree[nxt] < k:
                position = nxt
                k -= self.tree[nxt]
            step >>= 1
        return position - OFFSET  # position + 1 is the 1-based index of the value

    def find_median(self):
        n = self.count
        if n % 2:
            return self._kth(n // 2 + 1)
        return (self._kth(n // 2) + self._kth(n // 2 + 1)) / 2
