def _pay(rng, n, low=0, high=10**4):
    return [int(v) for v in rng.integers(low, high + 1, size=n)]


def _case(name, pay):
    return {"name": name, "args": [pay]}


def visible():
    return [
        _case("example: two rest days", [5, 1, 1, 5]),
        _case("the best day is not worth it", [3, 4, 3]),
        _case("every other day", [2, 7, 9, 3, 1]),
    ]


def hidden(rng):
    cases = [_case("no days", []), _case("one day", _pay(rng, 1)), _case("two days", _pay(rng, 2))]
    # Big days at both ends with small ones between: the best plan rests two days in a row.
    m = int(rng.integers(1, 30))
    small = _pay(rng, 2 * m, 0, 50)
    big = int(rng.integers(5000, 10**4 + 1))
    cases.append(_case("big days at both ends, an even gap", [big, *small, big]))
    # A peak between two days that together pay more than it.
    a, b = int(rng.integers(2000, 5000)), int(rng.integers(2000, 5000))
    peak = max(a, b) + int(rng.integers(1, min(a, b)))
    cases.append(_case("a peak worth less than its two neighbours", [a, peak, b]))
    triples = []
    for _ in range(int(rng.integers(20, 100))):
        x, y = int(rng.integers(100, 1000)), int(rng.integers(100, 1000))
        triples += [x, max(x, y) + int(rng.integers(1, min(x, y))), y, 0]
    cases.append(_case("many peaks between good days", triples))
    cases.append(
        _case("every day pays the same", [int(rng.integers(1, 10**4))] * int(rng.integers(3, 200)))
    )
    cases.append(_case("nothing pays", [0] * int(rng.integers(1, 50))))
    for k, (n, high) in enumerate([(9, 20), (500, 10**4), (10**5, 10**4)]):
        cases.append(_case(f"random {k + 1} (n={n})", _pay(rng, n, 0, high)))
    return cases
