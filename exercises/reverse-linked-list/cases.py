from interview_app.core.judge.values import linked


def _values(rng, n):
    return [int(v) for v in rng.integers(-(10**5), 10**5 + 1, size=n)]


def _case(name, values):
    return {"name": name, "args": [linked(values)]}


def visible():
    return [
        _case("example", [7, 1, 8, 3]),
        _case("two nodes", [1, 2]),
        _case("a single node", [5]),
    ]


def hidden(rng):
    a, b = (int(v) for v in rng.choice(2 * 10**5, size=2, replace=False) - 10**5)
    return [
        _case("empty list", []),
        _case("one node", _values(rng, 1)),
        _case("two different values", [a, b]),
        _case("three nodes", _values(rng, 3)),
        _case("repeated values", [int(v) for v in rng.integers(0, 3, size=40)]),
        _case("random, 100 nodes", _values(rng, 100)),
        _case("3000 nodes", _values(rng, 3000)),
    ]
