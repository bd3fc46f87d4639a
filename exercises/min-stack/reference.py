class MinStack:
    def __init__(self) -> None:
        self.items: list[tuple[int, int]] = []  # (value, minimum of the stack up to here)

    def push(self, value: int) -> None:
        smallest = min(value, self.items[-1][1]) if self.items else value
        self.items.append((value, smallest))

    def pop(self) -> int:
        return self.items.pop()[0]

    def top(self) -> int:
        return self.items[-1][0]

    def get_min(self) -> int:
        return self.items[-1][1]
