def days_until_warmer(temps):
    wait = [0] * len(temps)
    waiting = []  # indices whose temperatures never increase from bottom to top
    for day, t in enumerate(temps):
        while waiting and temps[waiting[-1]] < t:
            earlier = waiting.pop()
            wait[earlier] = day - earlier
        waiting.append(day)
    return wait
