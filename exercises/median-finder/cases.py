"""Call sequences for MedianFinder: even counts whose median is a half (negative too), rising
and falling runs that unbalance two heaps left alone, repeated values, random programs, and one
long stream where sorting for every median is too slow."""


def visible():
    return [
        {
            "name": "the worked example",
            "args": [
                ["MedianFinder", "add_num", "add_num", "find_median", "add_num", "find_median", "add_num", "find_median"],
                [[], [1], [5], [], [8], [], [9], []],
            ],
        },
        {
            "name": "one number",
            "args": [["MedianFinder", "add_num", "find_median"], [[], [-4], []]],
        },
    ]  # fmt: skip


def _stream(values):
    """Each value added, with find_median after every add."""
    operations = ["MedianFinder"] + ["add_num", "find_median"] * len(values)
    arguments = [[]] + [x for v in values for x in ([int(v)], [])]
    return [operations, arguments]


def _halves(rng):
    """Pairs of middle values an odd distance apart, one pair negative: medians end in .5."""
    a = int(rng.integers(-1000, 1000))
    b = a + 2 * int(rng.integers(0, 50)) + 1
    c = -int(rng.integers(1, 500)) * 2 - 1  # odd and negative: (c + 0) / 2 is -x.5
    return _stream([a, b]) if rng.random() < 0.5 else _stream([b, a]), _stream([c, 0])


def _run(rng, rising):
    """A strictly rising (or falling) run: every new number lands on the same side."""
    start, size = int(rng.integers(-500, 500)), int(rng.integers(6, 12))
    steps = rng.integers(1, 20, size=size).cumsum()
    values = start + steps if rising else start - steps
    return _stream(values.tolist())


def _program(rng, calls, low, high):
    """Random adds and medians; the first call is always an add."""
    operations, arguments = ["MedianFinder", "add_num"], [[], [int(rng.integers(low, high + 1))]]
    for _ in range(calls - 1):
        if rng.random() < 0.6:
            operations.append("add_num")
            arguments.append([int(rng.integers(low, high + 1))])
        else:
            operations.append("find_median")
            arguments.append([])
    operations.append("find_median")
    arguments.append([])
    return [operations, arguments]


def hidden(rng):
    odd_pair, negative_pair = _halves(rng)
    cases = [
        {"name": "two numbers whose mean is a half", "args": odd_pair},
        {"name": "a negative median that is a half", "args": negative_pair},
        {"name": "a rising run", "args": _run(rng, True)},
        {"name": "a falling run", "args": _run(rng, False)},
        {"name": "the same number many times", "args": _stream([int(rng.integers(-10**5, 10**5))] * 7)},
        {"name": "the extremes of the range", "args": _stream([10**5, -(10**5), 10**5, -(10**5), 0])},
    ]  # fmt: skip
    cases += [
        {"name": f"random program {i + 1}", "args": _program(rng, 80, -100, 100)} for i in range(4)
    ]
    cases.append({"name": "random program with few values", "args": _program(rng, 200, -2, 2)})
    cases.append({"name": "random wide program", "args": _program(rng, 200, -(10**5), 10**5)})
    values = rng.integers(-(10**5), 10**5 + 1, size=50_000).tolist()
    cases.append(
        {"name": "50,000 numbers, a median after each", "args": _stream(values), "large": True}
    )
    return cases
