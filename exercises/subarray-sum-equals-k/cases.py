def _changes(rng, n, low=-1000, high=1000):
    return [int(v) for v in rng.integers(low, high + 1, size=n)]


def _case(name, nums, k, large=False):
    case = {"name": name, "args": [nums, k]}
    if large:
        case["large"] = True
    return case


def visible():
    return [
        _case("example", [2, -1, 1, 2, -2, 3], 2),
        _case("a loss cancels a gain", [1, -1, 0], 0),
        _case("nothing adds up", [5, 5], 3),
    ]


def _some_slice_sum(rng, nums):
    i = int(rng.integers(0, len(nums)))
    j = int(rng.integers(i + 1, len(nums) + 1))
    return sum(nums[i:j])


def hidden(rng):
    x = int(rng.integers(-1000, 1001))
    cases = [_case("one day that matches", [x], x), _case("one day that does not", [x], x + 1)]
    m = int(rng.integers(20, 300))
    cases.append(_case("only quiet days, k = 0", [0] * m, 0))
    # A gain and a loss that cancel again and again: the same running total recurs.
    a = int(rng.integers(1, 1001))
    swing = [a, -a] * int(rng.integers(10, 200))
    cases.append(_case("gains and losses that cancel, k = 0", swing, 0))
    # A big day early, then losses: a shrinking window throws away starts it still needs.
    k = int(rng.integers(1, 200))
    nums = [k + int(rng.integers(100, 500)), *_changes(rng, 40, -300, -1), *_changes(rng, 40)]
    cases.append(_case("a big day followed by losses", nums, k))
    # The first day alone is a period with sum k (and so is the first day plus a quiet day).
    nums = _changes(rng, 200, 1, 1000)
    nums[1] = 0
    cases.append(_case("a period that starts on the first day", nums, nums[0]))
    cases.append(
        _case("only losses, negative k", _changes(rng, 300, -20, -1), -int(rng.integers(20, 200)))
    )
    for j, (n, low, high) in enumerate([(12, -3, 3), (500, -5, 5), (2000, -1000, 1000)]):
        nums = _changes(rng, n, low, high)
        cases.append(_case(f"random {j + 1} (n={n})", nums, _some_slice_sum(rng, nums)))
    nums = _changes(rng, 2000, -2, 2)
    cases.append(_case("many small changes, k = 0 (n=2000)", nums, 0))
    nums = _changes(rng, 100_000)
    cases.append(_case("100,000 days", nums, _some_slice_sum(rng, nums[:2000]), large=True))
    return cases
