"""Correct, but get_min scans the whole stack: O(n) per call, O(n^2) for a long test."""


class MinStack:
    def __init__(self):
        self.values = []

    def push(self, value):
        self.values.append(value)

    def pop(self):
        return self.values.pop()

    def top(self):
        return self.values[-1]

    def get_min(self):
        return min(self.values)
