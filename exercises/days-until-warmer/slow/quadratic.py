"""Correct but O(n^2): from every day it scans forward to the first warmer day, so a long
spell without a warmer day makes every day scan nearly to the end."""


def days_until_warmer(temps):
    n = len(temps)
    wait = [0] * n
    for i in range(n):
        for j in range(i + 1, n):
            if temps[j] > temps[i]:
                wait[i] = j - i
                break
    return wait
