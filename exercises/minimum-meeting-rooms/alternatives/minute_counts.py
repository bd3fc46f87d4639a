"""A difference array over the minutes of the day: +1 at each start, -1 at each end, and the
largest running total is the number of rooms (an end and a start at the same minute cancel)."""

from itertools import accumulate


def min_rooms(meetings):
    change = [0] * 1442
    for start, end in meetings:
        change[start] += 1
        change[end] -= 1
    return max(accumulate(change))
