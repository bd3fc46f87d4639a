"""Call sequences for LRUCache: the worked example, built cases for each way the order of use
goes wrong (a read, an update, a full cache, which end is evicted), random programs over few
keys so evictions are frequent, and one long program where a list of keys is too slow."""


def visible():
    return [
        {
            "name": "the worked example",
            "args": [
                ["LRUCache", "put", "put", "put", "get", "get", "put", "get", "get", "get"],
                [[2], [1, 10], [2, 20], [3, 30], [1], [2], [4, 40], [3], [2], [4]],
            ],
        },
        {
            "name": "capacity one",
            "args": [
                ["LRUCache", "put", "put", "get", "get"],
                [[1], [4, 1], [5, 2], [4], [5]],
            ],
        },
    ]


def _keys(rng, n):
    return [int(k) for k in rng.choice(100_001, size=n, replace=False)]


def _values(rng, n):
    return [int(v) for v in rng.integers(0, 10**9, size=n)]


def _read_refreshes(rng):
    """Reading a and then c leaves b the least recently used, so adding d evicts b. Without the
    refresh a goes; evicting the newest throws out c: three different sets of results."""
    a, b, c, d = _keys(rng, 4)
    va, vb, vc, vd = _values(rng, 4)
    operations = ["LRUCache"] + ["put"] * 3 + ["get", "get", "put"] + ["get"] * 4
    arguments = [[3], [a, va], [b, vb], [c, vc], [a], [c], [d, vd], [b], [a], [c], [d]]
    return [operations, arguments]


def _update_refreshes(rng):
    """Updating a and then reading c leaves b the least recently used, so adding d evicts b,
    and a keeps its new value. Without the refresh a goes; evicting the newest throws out c."""
    a, b, c, d = _keys(rng, 4)
    va, vb, vc, vd, new = _values(rng, 5)
    operations = ["LRUCache"] + ["put"] * 4 + ["get", "put"] + ["get"] * 4
    arguments = [[3], [a, va], [b, vb], [c, vc], [a, new], [c], [d, vd], [b], [a], [c], [d]]
    return [operations, arguments]


def _update_when_full(rng):
    """A full cache updates its newest key: nothing may be evicted."""
    a, b, c = _keys(rng, 3)
    va, vb, vc, new = _values(rng, 4)
    operations = ["LRUCache", "put", "put", "put", "put", "get", "get", "get"]
    return [operations, [[3], [a, va], [b, vb], [c, vc], [c, new], [a], [b], [c]]]


def _capacity_one(rng):
    a, b = _keys(rng, 2)
    va, vb, new = _values(rng, 3)
    operations = ["LRUCache", "put", "get", "put", "get", "get", "put", "get"]
    return [operations, [[1], [a, va], [a], [b, vb], [a], [b], [b, new], [b]]]


def _program(rng, capacity, calls):
    """Random gets and puts over about twice `capacity` keys, so evictions happen often."""
    keys = _keys(rng, 2 * capacity + 1)
    operations, arguments = ["LRUCache"], [[capacity]]
    for _ in range(calls):
        key = keys[int(rng.integers(len(keys)))]
        if rng.random() < 0.5:
            operations.append("get")
            arguments.append([key])
        else:
            operations.append("put")
            arguments.append([key, int(rng.integers(0, 10**9))])
    return [operations, arguments]


def _long(rng, capacity=30_000, calls=70_000, recent=5_000):
    """Fill the cache, then mostly touch keys used in the last `recent` calls: those are near the
    newest end, so a list of keys searched from the oldest end costs O(capacity) per call."""
    operations, arguments = ["LRUCache"], [[capacity]]
    history = [int(k) for k in rng.permutation(100_001)[:capacity]]
    for key in history:
        operations.append("put")
        arguments.append([key, int(rng.integers(0, 10**9))])
    picks = rng.random(calls)
    for pick in picks:
        if pick < 0.75:  # a key used lately is still held: fewer than `capacity` keys since
            key = history[-int(rng.integers(1, recent))]
        else:
            key = int(rng.integers(0, 100_001))
        history.append(key)
        if pick < 0.45 or pick >= 0.9:
            operations.append("get")
            arguments.append([key])
        else:
            operations.append("put")
            arguments.append([key, int(rng.integers(0, 10**9))])
    return [operations, arguments]


def hidden(rng):
    cases = [
        {"name": "a read counts as a use", "args": _read_refreshes(rng)},
        {"name": "an update counts as a use", "args": _update_refreshes(rng)},
        {"name": "an update of a full cache evicts nothing", "args": _update_when_full(rng)},
        {"name": "capacity one", "args": _capacity_one(rng)},
    ]
    for i, capacity in enumerate([2, 3, 5, 8]):
        cases.append(
            {
                "name": f"random program {i + 1}, capacity {capacity}",
                "args": _program(rng, capacity, 80),
            }
        )
    cases.append({"name": "random program, capacity 40", "args": _program(rng, 40, 600)})
    cases.append({"name": "capacity 30,000, 100,000 calls", "args": _long(rng), "large": True})
    return cases
