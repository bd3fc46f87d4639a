def _values(rng, n, low, high):
    return [int(v) for v in rng.integers(low, high + 1, size=n)]


def _shuffled(rng, values):
    return [values[int(k)] for k in rng.permutation(len(values))]


def _case(name, nums):
    return {"name": name, "args": [nums]}


def visible():
    return [
        _case("example", [3, -1, 0, -2, 1, -1, 2]),
        _case("three zeros", [0, 0, 0]),
        _case("nothing cancels out", [1, 2, -4, 5]),
    ]


def hidden(rng):
    cases = []
    a = int(rng.integers(1, 10**4))
    cases.append(_case("exactly three entries", _shuffled(rng, [-a, -a, 2 * a])))
    positives = _values(rng, 40, 1, 10**5)
    cases.append(_case("two zeros and positives: no triplet", _shuffled(rng, [0, 0, *positives])))
    cases.append(
        _case("three zeros among others", _shuffled(rng, [0, 0, 0, *_values(rng, 30, 1, 99)]))
    )
    # A value that occurs once together with minus twice that value: using it twice is wrong.
    while True:
        filler = [int(v) for v in rng.choice(range(-(10**5), 10**5 + 1), size=60, replace=False)]
        x = int(rng.integers(1, 5 * 10**4)) * int(rng.choice([-1, 1]))
        if x not in filler and -2 * x not in filler:
            break
    cases.append(_case("a lone value and minus twice it", _shuffled(rng, [*filler, x, -2 * x])))
    # Two equal negative entries and the positive that cancels both.
    sparse = [int(v) for v in rng.choice(range(-(10**5), 10**5 + 1), size=80, replace=False)]
    a = int(rng.integers(1, 5 * 10**4))
    cases.append(_case("a pair of equal entries", _shuffled(rng, [*sparse, -a, -a, 2 * a])))
    cases.append(_case("many repeats, small values (n=500)", _values(rng, 500, -12, 12)))
    cases.append(_case("only repeats of few values", _values(rng, 60, -2, 2)))
    cases.append(_case("all positive", _values(rng, 200, 1, 10**5)))
    for k, (n, span) in enumerate([(10, 10), (300, 300), (1000, 10**5)]):
        cases.append(_case(f"random {k + 1} (n={n})", _values(rng, n, -span, span)))
    return cases
