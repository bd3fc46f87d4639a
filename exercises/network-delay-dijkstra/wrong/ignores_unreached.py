"""Returns the latest time among the servers that were reached, instead of -1 when some server is never reached."""

import heapq


def network_delay(n, links, source):
    out = [[] for _ in range(n)]
    for u, v, t in links:
        out[u].append((v, t))
    arrival = {}
    heap = [(0, source)]
    while heap:
        time, node = heapq.heappop(heap)
        if node in arrival:
            continue
        arrival[node] = time
        for nxt, t in out[node]:
            heapq.heappush(heap, (time + t, nxt))
    return max(arrival.values())
