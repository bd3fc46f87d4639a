"""Treats every link as two-way, so the update can travel backwards along a one-way link."""

import heapq


def network_delay(n, links, source):
    adj = [[] for _ in range(n)]
    for u, v, t in links:
        adj[u].append((v, t))
        adj[v].append((u, t))
    arrival = [None] * n
    heap = [(0, source)]
    while heap:
        time, node = heapq.heappop(heap)
        if arrival[node] is not None:
            continue
        arrival[node] = time
        for nxt, t in adj[node]:
            heapq.heappush(heap, (time + t, nxt))
    return -1 if None in arrival else max(arrival)
