"""Breadth-first search: each server keeps the time of the route with the fewest links, which is not always the quickest route."""

from collections import deque


def network_delay(n, links, source):
    out = [[] for _ in range(n)]
    for u, v, t in links:
        out[u].append((v, t))
    arrival = [None] * n
    arrival[source] = 0
    queue = deque([source])
    while queue:
        node = queue.popleft()
        for nxt, t in out[node]:
            if arrival[nxt] is None:
                arrival[nxt] = arrival[node] + t
                queue.append(nxt)
    return -1 if None in arrival else max(arrival)
