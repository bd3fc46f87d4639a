"""Dijkstra without a heap: each round scans for the nearest unfinished server (O(n^2), fine
for n <= 2000); the fastest link between two servers is kept in a dict."""


def network_delay(n, links, source):
    fastest = [{} for _ in range(n)]
    for u, v, t in links:
        if t < fastest[u].get(v, 1 << 30):
            fastest[u][v] = t
    big = 1 << 60
    arrival = [big] * n
    arrival[source] = 0
    done = [False] * n
    for _ in range(n):
        node = -1
        for k in range(n):
            if not done[k] and (node < 0 or arrival[k] < arrival[node]):
                node = k
        if arrival[node] == big:
            return -1
        done[node] = True
        for nxt, t in fastest[node].items():
            arrival[nxt] = min(arrival[nxt], arrival[node] + t)
    return max(arrival)
