"""No stack: from the right, follow the answers already found (the next day, then that day's
own warmer day, and so on) until a warmer day or the end is reached; amortised O(n)."""


def days_until_warmer(temps):
    n = len(temps)
    wait = [0] * n
    for day in range(n - 2, -1, -1):
        j = day + 1
        while temps[j] <= temps[day] and wait[j]:
            j += wait[j]
        if temps[j] > temps[day]:
            wait[day] = j - day
    return wait
