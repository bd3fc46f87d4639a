"""A linked list of nodes, each holding its value and the minimum below it."""


class _Node:
    __slots__ = ("below", "minimum", "value")

    def __init__(self, value, minimum, below):
        self.value, self.minimum, self.below = value, minimum, below


class MinStack:
    def __init__(self):
        self.head = None

    def push(self, value):
        minimum = value if self.head is None else min(value, self.head.minimum)
        self.head = _Node(value, minimum, self.head)

    def pop(self):
        node = self.head
        self.head = node.below
        return node.value

    def top(self):
        return self.head.value

    def get_min(self):
        return self.head.minimum
