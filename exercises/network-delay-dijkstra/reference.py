import heapq


def network_delay(n, links, source):
    out = [[] for _ in range(n)]
    for u, v, t in links:
        out[u].append((v, t))
    arrival = [None] * n
    heap = [(0, source)]
    while heap:
        time, node = heapq.heappop(heap)
        if arrival[node] is not None:
            continue
        arrival[node] = time
        for nxt, t in out[node]:
            if arrival[nxt] is None:
                heapq.heappush(heap, (time + t, nxt))
    return -1 if None in arrival else max(arrival)
