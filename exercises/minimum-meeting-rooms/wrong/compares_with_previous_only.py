"""Sorts by start and opens a new room whenever a meeting starts before the previous one ends, counting overlaps with the previous meeting instead of the rooms in use at once."""

from itertools import pairwise


def min_rooms(meetings):
    if not meetings:
        return 0
    ordered = sorted(meetings)
    rooms = 1
    for (_, prev_end), (start, _) in pairwise(ordered):
        if start < prev_end:
            rooms += 1
    return rooms
