from interview_app.core.judge.values import linked


def _sorted(rng, n, low=-(10**4), high=10**4):
    return sorted(int(v) for v in rng.integers(low, high + 1, size=n))


def _case(name, value_lists):
    return {"name": name, "args": [[linked(v) for v in value_lists]]}


def visible():
    return [
        _case("example", [[1, 4, 9], [], [2, 4], [0, 10]]),
        _case("no lists at all", []),
        _case("only empty lists", [[], []]),
    ]


def hidden(rng):
    a = int(rng.integers(-(10**4), 10**4 + 1))
    lengths = [int(v) for v in rng.integers(0, 40, size=30)]
    many = [_sorted(rng, n) for n in lengths]
    sizes = [int(v) for v in rng.integers(1, 2001, size=5)]
    return [
        _case("one list", [_sorted(rng, int(rng.integers(1, 50)))]),
        # Equal fronts in every list, and no list empty.
        _case("every list starts with the same value", [[a, a + 1], [a, a + 3], [a]]),
        _case("an empty list between two", [_sorted(rng, 5), [], _sorted(rng, 5)]),
        # The shortest list runs out long before the others.
        _case(
            "one short list and two long ones",
            [_sorted(rng, 1), _sorted(rng, 60), _sorted(rng, 60)],
        ),
        _case("few distinct values", [_sorted(rng, 30, -2, 2) for _ in range(8)]),
        _case("30 lists, some empty", [*many, []]),
        _case("500 short lists", [_sorted(rng, int(rng.integers(0, 21))) for _ in range(500)]),
        _case("five long lists", [*(_sorted(rng, n) for n in sizes), []]),
    ]
