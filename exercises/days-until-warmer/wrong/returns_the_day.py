"""Stores the index of the warmer day instead of how many days away it is."""


def days_until_warmer(temps):
    wait = [0] * len(temps)
    waiting = []
    for day, t in enumerate(temps):
        while waiting and temps[waiting[-1]] < t:
            wait[waiting.pop()] = day
        waiting.append(day)
    return wait
