def _dag(rng, n, m, chain=False):
    """m distinct prerequisite pairs that respect a random order of n courses (no cycle)."""
    order = [int(v) for v in rng.permutation(n)]
    edges = set()
    if chain:  # one long path through every course
        edges.update((order[i + 1], order[i]) for i in range(n - 1))
    while len(edges) < m:
        i, j = sorted(int(v) for v in rng.choice(n, size=2, replace=False))
        if rng.random() < 0.7 and j - i > 20:  # mostly short hops: many shared descendants
            j = i + int(rng.integers(1, 21))
        edges.add((order[j], order[i]))  # order[i] comes before order[j]
    return edges


def _with_cycle(rng, n, edges, length):
    """Adds a directed cycle of the given length (>= 3) without creating any 2-cycle."""
    nodes = [int(v) for v in rng.choice(n, size=length, replace=False)]
    cycle = {(nodes[k], nodes[(k + 1) % length]) for k in range(length)}
    edges = {e for e in edges if (e[1], e[0]) not in cycle} | cycle
    return edges


def _pairs(rng, edges):
    edges = sorted(edges)
    return [list(edges[int(k)]) for k in rng.permutation(len(edges))]


def visible():
    return [
        {"name": "example: a diamond", "args": [4, [[1, 0], [2, 0], [3, 1], [3, 2]]]},
        {"name": "example: a 3-cycle", "args": [3, [[1, 0], [2, 1], [0, 2]]]},
        {"name": "two courses that need each other", "args": [2, [[0, 1], [1, 0]]]},
    ]


def hidden(rng):
    cases = [
        {"name": "one course, nothing to do", "args": [1, []]},
        {"name": "no prerequisites", "args": [int(rng.integers(2, 2001)), []]},
    ]
    n = 30
    cases.append(
        {"name": "small DAG with shared prerequisites", "args": [n, _pairs(rng, _dag(rng, n, 60))]}
    )
    n = 2000
    cases.append(
        {
            "name": "large DAG (2000 courses, 5000 pairs)",
            "args": [n, _pairs(rng, _dag(rng, n, 5000))],
        }
    )
    cases.append(
        {
            "name": "one chain through all 2000 courses",
            "args": [n, _pairs(rng, _dag(rng, n, 3000, chain=True))],
        }
    )
    edges = _with_cycle(rng, n, _dag(rng, n, 4000), int(rng.integers(3, 50)))
    cases.append({"name": "large graph with one hidden cycle", "args": [n, _pairs(rng, edges)]})
    edges = _with_cycle(rng, n, _dag(rng, n, 1999, chain=True), n)
    cases.append({"name": "a cycle through all 2000 courses", "args": [n, _pairs(rng, edges)]})
    n = 12
    edges = _with_cycle(rng, n, _dag(rng, n, 10), 3)
    cases.append({"name": "small graph with a 3-cycle", "args": [n, _pairs(rng, edges)]})
    # A DAG part and a separate cyclic part.
    dag = _dag(rng, 50, 120)
    ring = int(rng.integers(3, 8))
    cyc = {(50 + k, 50 + (k + 1) % ring) for k in range(ring)}
    cases.append(
        {"name": "separate groups, one of them cyclic", "args": [50 + ring, _pairs(rng, dag | cyc)]}
    )
    cases.append(
        {
            "name": "separate acyclic groups",
            "args": [
                100,
                _pairs(rng, _dag(rng, 50, 100) | {(a + 50, b + 50) for a, b in _dag(rng, 50, 100)}),
            ],
        }
    )
    return cases
