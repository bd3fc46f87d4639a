import numpy as np


def _rotated(rng, n, low=-(10**9), high=10**9, shift=None):
    """n distinct sorted ints inside [low, high], rotated left by shift (random if None)."""
    step = max(2, (high - low) // n)
    gaps = rng.integers(1, step + 1, size=n)
    values = [int(v) for v in low + np.cumsum(gaps)]
    k = int(rng.integers(0, n)) if shift is None else shift % n
    return values[k:] + values[:k]


def _absent(rng, nums):
    """A value strictly between two neighbours of the sorted values (never in nums)."""
    values = sorted(nums)
    gaps = [i for i in range(len(values) - 1) if values[i + 1] - values[i] > 1]
    i = gaps[int(rng.integers(0, len(gaps)))]
    return int(rng.integers(values[i] + 1, values[i + 1]))


def _case(name, nums, target):
    return {"name": name, "args": [nums, target]}


def hidden(rng):
    v = int(rng.integers(-(10**9), 10**9))
    cases = [
        _case("one element, present", [v], v),
        _case("one element, absent", [v], v + 1),
    ]
    a, b = sorted(int(x) for x in rng.choice(1000, size=2, replace=False))
    cases.append(_case("two elements rotated, target is the second", [b, a], a))
    cases.append(_case("two elements sorted, target is the second", [a, b], b))
    n = int(rng.integers(50, 200))
    nums = _rotated(rng, n, shift=0)
    cases.append(_case("not rotated, target last", nums, nums[-1]))
    nums = _rotated(rng, n, shift=n - 1)
    cases.append(_case("rotated by n - 1, target is the largest", nums, max(nums)))
    for k in range(6):
        n = int(rng.integers(5, 400))
        nums = _rotated(rng, n, -1000, 1000) if k < 3 else _rotated(rng, n)
        pivot = nums.index(min(nums))
        # targets on the far side of the rotation from the middle defeat a plain binary search
        if pivot > n // 2:
            index = int(rng.integers(pivot, n))
        else:
            index = int(rng.integers(0, max(pivot, 1)))
        cases.append(_case(f"random, across the rotation {k + 1} (n={n})", nums, nums[index]))
    for k in range(4):
        n = int(rng.integers(2, 300))
        nums = _rotated(rng, n, -5000, 5000)
        cases.append(_case(f"random, present {k + 1} (n={n})", nums, nums[int(rng.integers(0, n))]))
    nums = _rotated(rng, 100, -5000, 5000)
    cases.append(_case("absent, between two values", nums, _absent(rng, nums)))
    cases.append(_case("absent, below the minimum", nums, min(nums) - 1))
    cases.append(_case("absent, above the maximum", nums, max(nums) + 1))
    n = 10**5
    nums = _rotated(rng, n)
    cases.append(_case("large (n=100000), present", nums, nums[int(rng.integers(0, n))]))
    cases.append(_case("large (n=100000), absent", nums, _absent(rng, nums)))
    return cases


def visible():
    return [
        _case("example: across the rotation", [4, 5, 7, 9, 1, 2], 1),
        _case("example: absent", [4, 5, 7, 9, 1, 2], 6),
        _case("two elements", [3, 1], 1),
    ]
