def _temps(rng, n, low=-100, high=100):
    return [int(v) for v in rng.integers(low, high + 1, size=n)]


def _case(name, temps, large=False):
    case = {"name": name, "args": [temps]}
    if large:
        case["large"] = True
    return case


def visible():
    return [
        _case("example", [12, 10, 10, 15, 9, 11, 20, 20]),
        _case("getting colder every day", [5, 4, 3, 2]),
        _case("a single day", [7]),
    ]


def hidden(rng):
    t = int(rng.integers(-100, 101))
    cases = [_case("one day", [t])]
    cases.append(_case("the same temperature every day", [t] * int(rng.integers(2, 60))))
    base = int(rng.integers(-100, 90))
    # Pairs of equal days before a warmer one: an equal day must not end the wait.
    plateau = []
    for _ in range(int(rng.integers(5, 30))):
        v = int(rng.integers(base, base + 10))
        plateau += [v, v, v]
    cases.append(_case("runs of equal days", [*plateau, 100]))
    cases.append(_case("warmer every day", list(range(base, base + int(rng.integers(2, 11))))))
    cases.append(_case("colder every day", list(range(100, 100 - int(rng.integers(2, 150)), -1))))
    cases.append(_case("a cold spell, then a warm day", [*_temps(rng, 300, -100, 0), 50]))
    cases.append(_case("a warm day first, then nothing warmer", [100, *_temps(rng, 100, -100, 99)]))
    for k, (n, low, high) in enumerate([(10, -2, 2), (400, -5, 5), (2000, -100, 100)]):
        cases.append(_case(f"random {k + 1} (n={n})", _temps(rng, n, low, high)))
    cases.append(
        _case("zigzag (n=2000)", [(-1) ** i * int(rng.integers(0, 101)) for i in range(2000)])
    )
    # Large: a long spell that only gets colder (with repeats), then one warm day at the end,
    # so every day waits until the very end.
    n = 100_000
    steps = sorted((int(v) for v in rng.integers(-100, 100, size=n - 1)), reverse=True)
    cases.append(
        _case("100,000 days that only get colder, then a warm one", [*steps, 100], large=True)
    )
    return cases
