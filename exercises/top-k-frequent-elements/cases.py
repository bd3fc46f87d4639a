def _from_counts(rng, counts):
    """A shuffled list holding each value as often as counts says."""
    items = [v for v, c in counts.items() for _ in range(c)]
    return [items[int(i)] for i in rng.permutation(len(items))]


def _distinct(rng, size, low=-(10**4), high=10**4):
    return [int(v) for v in rng.choice(range(low, high + 1), size=size, replace=False)]


def _case(name, nums, k):
    return {"name": name, "args": [nums, k]}


def visible():
    return [
        _case("example", [7, 3, 7, 5, 3, 7, 9, 5, 1], 3),
        _case("a tie for the single place", [4, 8, 8, 4, 2], 1),
        _case("one value", [6, 6, 6], 1),
    ]


def hidden(rng):
    v = int(rng.integers(-(10**4), 10**4 + 1))
    cases = [_case("a single sale", [v], 1)]
    values = _distinct(rng, 30)
    cases.append(
        _case("every value once, k = all", _from_counts(rng, dict.fromkeys(values, 1)), 30)
    )
    # A tie on the cut: the larger value appears first, the smaller one must win the place.
    low, high = sorted(_distinct(rng, 2))
    rest = [x for x in _distinct(rng, 10) if x not in (low, high)]
    nums = [high, high, high, low, low, low, *_from_counts(rng, dict.fromkeys(rest, 1))]
    cases.append(_case("a tie at the cut, the larger value seen first", nums, 1))
    # Ties inside the answer, counts in no relation to the values.
    values = sorted(_distinct(rng, 12), reverse=True)
    counts = {x: 5 + (i % 4) for i, x in enumerate(values)}  # several values per count
    nums = sorted(_from_counts(rng, counts), reverse=True)  # larger values first in the list
    cases.append(_case("ties inside the answer, larger values seen first", nums, 7))
    # The largest value sells most and the smallest comes second.
    a, b, c = sorted(_distinct(rng, 3))
    counts = {c: 9, a: 6, b: 3}
    cases.append(_case("frequency order differs from value order", _from_counts(rng, counts), 3))
    for j, (n, span, k) in enumerate([(20, 5, 3), (1000, 40, 10), (10**5, 10**4, 50)]):
        nums = [int(x) for x in rng.integers(-span, span + 1, size=n)]
        cases.append(_case(f"random {j + 1} (n={n})", nums, min(k, len(set(nums)))))
    # Counts drawn from a small range, so ties are everywhere.
    values = _distinct(rng, 300)
    counts = {x: int(rng.integers(1, 6)) for x in values}
    cases.append(_case("300 values with counts 1 to 5", _from_counts(rng, counts), 40))
    cases.append(_case("k = all distinct values", _from_counts(rng, counts), len(counts)))
    return cases
