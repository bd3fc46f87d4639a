def _ints(rng, n, low, high):
    return [int(v) for v in rng.integers(low, high + 1, size=n)]


def visible():
    return [
        {"name": "example", "args": [[5, 1, 6, 2, 2, 7, 3, 4]]},
        {"name": "all equal", "args": [[4, 4, 4]]},
        {"name": "one element", "args": [[-7]]},
    ]


def hidden(rng):
    n = 2500
    up = sorted(_ints(rng, n, -(10**4), 10**4))
    # An increasing trend with noise: long answers, and long non-decreasing runs of repeats.
    blocks, size = int(rng.integers(20, 60)), int(rng.integers(10, 41))
    trend = [min(10**4, i // 3 + v) for i, v in enumerate(_ints(rng, n, -40, 40))]
    return [
        {"name": "one element", "args": [_ints(rng, 1, -(10**4), 10**4)]},
        {"name": "all equal (2500)", "args": [[int(rng.integers(-100, 100))] * n]},
        {"name": "sorted with repeats", "args": [up]},
        {"name": "strictly decreasing", "args": [list(range(10**4, 10**4 - 300, -1))]},
        {"name": "small values, many repeats", "args": [_ints(rng, 40, 0, 5)]},
        {
            "name": "random, n=2500, values in [-10^4, 10^4]",
            "args": [_ints(rng, n, -(10**4), 10**4)],
        },
        {"name": "random, n=2500, only 30 distinct values", "args": [_ints(rng, n, 0, 29)]},
        {"name": "noisy increasing trend", "args": [trend]},
        {"name": "short random", "args": [_ints(rng, int(rng.integers(5, 20)), -20, 20)]},
        {
            "name": "ascending blocks that restart",
            "args": [[v for b in range(blocks) for v in range(b, b + size)]],
        },
    ]
