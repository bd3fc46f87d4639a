class MinStack:
    """A stack of integers that also reports its minimum, every operation in O(1)."""

    def __init__(self) -> None:
        raise NotImplementedError

    def push(self, value: int) -> None:
        raise NotImplementedError

    def pop(self) -> int:
        raise NotImplementedError

    def top(self) -> int:
        raise NotImplementedError

    def get_min(self) -> int:
        raise NotImplementedError
