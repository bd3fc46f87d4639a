"""Walks from the last day back, keeping a stack of candidate warmer days: colder or equal
candidates are discarded, and whatever remains on top is the answer."""


def days_until_warmer(temps):
    n = len(temps)
    result = [0] * n
    candidates = []
    for day in range(n - 1, -1, -1):
        while candidates and temps[candidates[-1]] <= temps[day]:
            candidates.pop()
        if candidates:
            result[day] = candidates[-1] - day
        candidates.append(day)
    return result
