def _relabel(rng, n, pairs):
    """Random user numbers, random order of pairs and of the two ends of each pair."""
    names = [int(v) for v in rng.permutation(n)]
    out = []
    for k in rng.permutation(len(pairs)):
        a, b = pairs[int(k)]
        out.append([names[a], names[b]] if rng.random() < 0.5 else [names[b], names[a]])
    return out


def _random_pairs(rng, n, m):
    pairs = set()
    while len(pairs) < m:
        a, b = sorted(int(v) for v in rng.choice(n, size=2, replace=False))
        pairs.add((a, b))
    return sorted(pairs)


def _star_towards_centre(rng, leaves):
    """A star listed as [leaf, centre]: setting parent[centre] = parent[leaf] for each leaf
    without finding roots leaves every earlier leaf behind."""
    names = [int(v) for v in rng.permutation(leaves + 1)]
    centre = names[0]
    return [[names[k], centre] for k in range(1, leaves + 1)]


def visible():
    return [
        {"name": "example", "args": [6, [[0, 1], [1, 2], [2, 0], [4, 3]]]},
        {"name": "nobody has friends", "args": [3, []]},
        {"name": "one chain", "args": [4, [[0, 1], [2, 3], [1, 2]]]},
    ]


def hidden(rng):
    cases = [{"name": "one user", "args": [1, []]}]
    k = int(rng.integers(3, 30))
    cases.append(
        {
            "name": "a star, friendships towards its centre",
            "args": [k + 1, _star_towards_centre(rng, k)],
        }
    )
    ring = int(rng.integers(3, 40))
    loners = int(rng.integers(1, 20))
    pairs = [(i, (i + 1) % ring) for i in range(ring)]
    cases.append(
        {
            "name": "a ring and some loners",
            "args": [ring + loners, _relabel(rng, ring + loners, pairs)],
        }
    )
    n = 10**4
    chain = [(i, i + 1) for i in range(n - 1)]
    cases.append({"name": "one chain of 10^4 users", "args": [n, _relabel(rng, n, chain)]})
    for n, m in ((50, 30), (2000, 1500), (10**4, 9000), (10**4, 2 * 10**4)):
        pairs = _random_pairs(rng, n, m)
        cases.append(
            {"name": f"random, {n} users, {m} friendships", "args": [n, _relabel(rng, n, pairs)]}
        )
    # Several cliques: many friendships close loops.
    pairs, start = [], 0
    for _ in range(20):
        size = int(rng.integers(2, 12))
        pairs += [(start + i, start + j) for i in range(size) for j in range(i + 1, size)]
        start += size
    cases.append(
        {"name": "cliques and loners", "args": [start + 5, _relabel(rng, start + 5, pairs)]}
    )
    return cases
