"""Frees a room only when its meeting ended strictly before the new start (<), so a meeting that starts the minute another ends gets a room of its own."""

import heapq


def min_rooms(meetings):
    ends = []
    for start, end in sorted(meetings):
        if ends and ends[0] < start:
            heapq.heapreplace(ends, end)
        else:
            heapq.heappush(ends, end)
    return len(ends)
