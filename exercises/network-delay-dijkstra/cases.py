import heapq
from collections import deque


def _dijkstra(n, links, source):
    out = [[] for _ in range(n)]
    for u, v, t in links:
        out[u].append((v, t))
    arrival = [None] * n
    heap = [(0, source)]
    while heap:
        time, node = heapq.heappop(heap)
        if arrival[node] is None:
            arrival[node] = time
            for nxt, t in out[node]:
                heapq.heappush(heap, (time + t, nxt))
    return arrival


def _bfs_answer(n, links, source):
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


def _answer(n, links, source):
    arrival = _dijkstra(n, links, source)
    return -1 if None in arrival else max(arrival)


def _reaching(rng, n, m, spread=1000):
    """A random network where a spanning arborescence from the source reaches every server,
    plus m random extra links (parallel links allowed)."""
    order = [int(v) for v in rng.permutation(n)]
    links = []
    for k in range(1, n):
        parent = order[int(rng.integers(0, k))]
        links.append([parent, order[k], int(rng.integers(1, spread + 1))])
    for _ in range(m):
        u, v = (int(x) for x in rng.choice(n, size=2, replace=False))
        links.append([u, v, int(rng.integers(1, spread + 1))])
    links = [links[int(k)] for k in rng.permutation(len(links))]
    return links, order[0]


def _fewest_links_misleads(rng, n, m):
    """A reachable network where the fewest-links routes give a different answer from the
    quickest routes (redrawn until they do), so a BFS cannot pass by luck."""
    while True:
        links, source = _reaching(rng, n, m)
        if _bfs_answer(n, links, source) != _answer(n, links, source):
            return [n, links, source]


def visible():
    links = [[0, 1, 4], [0, 2, 1], [2, 1, 2], [1, 3, 1], [2, 3, 6]]
    return [
        {"name": "example", "args": [4, links, 0]},
        {"name": "a link that points the wrong way", "args": [2, [[1, 0, 5]], 0]},
        {"name": "one server", "args": [1, [], 0]},
    ]


def hidden(rng):
    cases = []
    # Direct but slow link against a fast two-hop detour, with random labels and times.
    a, b, c = (int(v) for v in rng.permutation(3))
    x, y = int(rng.integers(1, 400)), int(rng.integers(1, 400))
    tri = [[a, c, x + y + int(rng.integers(1, 500))], [a, b, x], [b, c, y]]
    cases.append({"name": "a slow direct link and a quick detour", "args": [3, tri, a]})
    # Two servers, the link only goes from the far server to the source.
    cases.append({"name": "one-way link into the source", "args": [2, [[1, 0, 7]], 0]})
    # Parallel links: the cheap one is listed last.
    p = int(rng.integers(2, 1000))
    cases.append(
        {"name": "parallel links, the quick one last", "args": [2, [[0, 1, p], [0, 1, 1]], 0]}
    )
    cases.append({"name": "detours, 12 servers", "args": _fewest_links_misleads(rng, 12, 25)})
    cases.append({"name": "detours, 2000 servers", "args": _fewest_links_misleads(rng, 2000, 8000)})
    # Reachable except one server that only has outgoing links.
    n = 300
    links, source = _reaching(rng, n, 900)
    loner = int(rng.choice([v for v in range(n) if v != source]))
    links = [lk for lk in links if lk[1] != loner]
    links.append([loner, source, int(rng.integers(1, 1000))])
    cases.append({"name": "one server nobody sends to", "args": [n, links, source]})
    # Two halves; the one without the source is linked only towards the source's half.
    n = 400
    left, s = _reaching(rng, 200, 500)
    right, _ = _reaching(rng, 200, 500)
    links = left + [[u + 200, v + 200, t] for u, v, t in right]
    links += [[200 + int(rng.integers(0, 200)), int(rng.integers(0, 200)), 5] for _ in range(10)]
    cases.append({"name": "half the network only sends back", "args": [n, links, s]})
    # A long chain: the answer is the sum along it; a few shortcuts that are slower.
    n = 2000
    order = [int(v) for v in rng.permutation(n)]
    chain = [[order[k], order[k + 1], int(rng.integers(1, 5))] for k in range(n - 1)]
    shortcuts = [[order[0], order[k], 10**3] for k in range(50, n, 97)]
    cases.append({"name": "a chain with slow shortcuts", "args": [n, chain + shortcuts, order[0]]})
    return cases
