def _case(name, values, target):
    return {"name": name, "args": [values, target]}


def _distinct(rng, k, low=2, high=40):
    return [int(v) for v in rng.choice(range(low, high + 1), size=k, replace=False)]


def visible():
    return [
        _case("example", [5, 2, 3], 8),
        _case("cannot be paid", [4, 6], 9),
        _case("a single value", [7], 21),
    ]


def hidden(rng):
    # Descending values with a small one last: a loop that stops at the first value larger
    # than the remainder, without sorting, misses the small one.
    small = int(rng.choice([2, 3]))
    target = int(rng.integers(6, 12)) * small
    big = sorted(_distinct(rng, 4, target + 1, 40), reverse=True)
    a, b = _distinct(rng, 2, 2, 9)
    return [
        _case("the target below every value", _distinct(rng, 3, 20, 40), int(rng.integers(1, 20))),
        _case("one value, repeated", [int(rng.integers(2, 6))], 36),
        _case("largest values first, a small one last", [*big, small], target),
        _case("two values, each used twice", [a, b], 2 * a + 2 * b),
        _case("two values, many repeats", _distinct(rng, 2, 2, 5), int(rng.integers(25, 41))),
        _case("random, 5 values", _distinct(rng, 5), int(rng.integers(20, 41))),
        _case("random, 12 values", _distinct(rng, 12), int(rng.integers(20, 31))),
        _case("all small values, target 30", [int(v) for v in rng.permutation(range(2, 12))], 30),
        _case("30 values, target 40", [int(v) for v in rng.permutation(_distinct(rng, 30))], 40),
    ]
