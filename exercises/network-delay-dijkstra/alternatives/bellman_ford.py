"""Bellman-Ford: relax every link in rounds until nothing improves (at most n - 1 rounds);
slower than Dijkstra in the worst case but with no heap at all."""


def network_delay(n, links, source):
    inf = float("inf")
    arrival = [inf] * n
    arrival[source] = 0
    for _ in range(n - 1):
        changed = False
        for u, v, t in links:
            if arrival[u] + t < arrival[v]:
                arrival[v] = arrival[u] + t
                changed = True
        if not changed:
            break
    worst = max(arrival)
    return -1 if worst == inf else int(worst)
