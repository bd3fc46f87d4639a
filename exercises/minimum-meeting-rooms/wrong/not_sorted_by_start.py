"""Hands out rooms in the order the bookings are given, without sorting by start time first, so a room freed later in the day is not seen as free for an earlier meeting."""

import heapq


def min_rooms(meetings):
    ends = []
    for start, end in meetings:
        if ends and ends[0] <= start:
            heapq.heapreplace(ends, end)
        else:
            heapq.heappush(ends, end)
    return len(ends)
