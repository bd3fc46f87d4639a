"""Settles a waiting day when the new day is at least as warm (>=), so a day that is only as warm ends the wait."""


def days_until_warmer(temps):
    wait = [0] * len(temps)
    waiting = []
    for day, t in enumerate(temps):
        while waiting and temps[waiting[-1]] <= t:
            earlier = waiting.pop()
            wait[earlier] = day - earlier
        waiting.append(day)
    return wait
