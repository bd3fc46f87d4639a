"""Two stacks: the values, and a stack of minima pushed only when a value ties or beats it."""


class MinStack:
    def __init__(self):
        self.values = []
        self.minima = []

    def push(self, value):
        self.values.append(value)
        if not self.minima or value <= self.minima[-1]:
            self.minima.append(value)

    def pop(self):
        value = self.values.pop()
        if value == self.minima[-1]:
            self.minima.pop()
        return value

    def top(self):
        return self.values[-1]

    def get_min(self):
        return self.minima[-1]
