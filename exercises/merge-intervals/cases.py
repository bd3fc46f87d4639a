def _intervals(rng, n, span, max_len):
    starts = rng.integers(0, span + 1, size=n)
    lengths = rng.integers(0, max_len + 1, size=n)
    return [[int(s), int(min(span, s + d))] for s, d in zip(starts, lengths, strict=True)]


def visible():
    return [
        {"name": "example", "args": [[[8, 10], [1, 3], [2, 6], [15, 18], [6, 7]]]},
        {"name": "touching intervals merge", "args": [[[1, 4], [4, 5]]]},
        {"name": "one interval inside another", "args": [[[1, 10], [2, 3], [4, 5]]]},
    ]


def hidden(rng):
    s = int(rng.integers(0, 10**4))
    cases = [
        {"name": "a single interval", "args": [[[s, s + int(rng.integers(0, 10**4 - s + 1))]]]}
    ]
    # Disjoint, non-touching intervals, shuffled.
    ends = sorted(int(v) for v in rng.choice(10**4 + 1, size=40, replace=False))
    gaps = [[ends[i], ends[i + 1]] for i in range(0, 40, 2)]
    cases.append(
        {"name": "nothing overlaps", "args": [[gaps[int(k)] for k in rng.permutation(len(gaps))]]}
    )
    # A chain of intervals that only touch end to start.
    points = sorted(int(v) for v in rng.choice(10**4, size=30, replace=False))
    chain = [[points[i], points[i + 1]] for i in range(29)]
    cases.append(
        {
            "name": "a chain of touching intervals",
            "args": [[chain[int(k)] for k in rng.permutation(29)]],
        }
    )
    big = [0, 10**4]
    cases.append(
        {"name": "one interval covers all", "args": [[*_intervals(rng, 50, 10**4, 300), big]]}
    )
    cases.append(
        {
            "name": "nested intervals",
            "args": [[[10 * k, 1000 - 10 * k] for k in rng.permutation(50).tolist()]],
        }
    )
    cases.append(
        {
            "name": "single points and duplicates",
            "args": [[[p, p] for p in rng.integers(0, 30, size=25).tolist()]],
        }
    )
    cases.append({"name": "random, 20 intervals", "args": [_intervals(rng, 20, 200, 15)]})
    cases.append(
        {"name": "random, 10^4 short intervals", "args": [_intervals(rng, 10**4, 10**4, 3)]}
    )
    cases.append(
        {"name": "random, 10^4 mixed lengths", "args": [_intervals(rng, 10**4, 10**4, 40)]}
    )
    cases.append(
        {"name": "random, 2000 long intervals", "args": [_intervals(rng, 2000, 10**4, 2000)]}
    )
    return cases
