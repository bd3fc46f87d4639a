DAY = 1440


def _meetings(rng, n, max_len):
    starts = rng.integers(0, DAY, size=n)
    lengths = rng.integers(1, max_len + 1, size=n)
    return [[int(s), int(min(DAY, s + d))] for s, d in zip(starts, lengths, strict=True)]


def _shuffled(rng, items):
    return [items[int(k)] for k in rng.permutation(len(items))]


def _case(name, meetings):
    return {"name": name, "args": [meetings]}


def visible():
    return [
        _case("example", [[480, 560], [540, 600], [570, 620], [600, 660]]),
        _case("meetings that only touch", [[60, 120], [0, 60], [120, 180]]),
        _case("no bookings", []),
    ]


def hidden(rng):
    s = int(rng.integers(0, DAY - 1))
    cases = [_case("one meeting", [[s, int(rng.integers(s + 1, DAY + 1))]])]
    # Back-to-back meetings given latest first: one room, but only if it is freed in time.
    points = sorted(int(v) for v in rng.choice(DAY + 1, size=40, replace=False))
    chain = [[points[i], points[i + 1]] for i in range(39)]
    cases.append(_case("back to back, latest first", chain[::-1]))
    cases.append(_case("back to back, shuffled", _shuffled(rng, chain)))
    # A staircase: each meeting overlaps the one before and touches the one before that.
    step = int(rng.integers(5, 30))
    stairs = [[k * step, (k + 2) * step] for k in range(DAY // step - 2)]
    cases.append(_case("a staircase of overlaps", _shuffled(rng, stairs)))
    same = [s, int(rng.integers(s + 1, DAY + 1))]
    cases.append(_case("identical bookings", [list(same) for _ in range(int(rng.integers(2, 20)))]))
    # One long meeting with short ones inside it.
    inner = [
        [m, m + 1] for m in sorted(int(v) for v in rng.choice(range(1, 1400), 30, replace=False))
    ]
    cases.append(_case("short meetings inside a long one", _shuffled(rng, [[0, DAY], *inner])))
    for k, (n, max_len) in enumerate([(8, 200), (300, 60), (2000, 30), (10**4, 120)]):
        cases.append(_case(f"random {k + 1} (n={n})", _meetings(rng, n, max_len)))
    hours = [[h * 60, (h + int(rng.integers(1, 4))) * 60] for h in rng.integers(0, 21, size=200)]
    cases.append(_case("bookings on the hour (many touch)", [[int(a), int(b)] for a, b in hours]))
    return cases
