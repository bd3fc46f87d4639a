class MedianFinder:
    """The running median of a stream of integers: O(log n) per add, O(1) per median."""

    def __init__(self) -> None:
        raise NotImplementedError

    def add_num(self, num: int) -> None:
        raise NotImplementedError

    def find_median(self) -> float:
        raise NotImplementedError
