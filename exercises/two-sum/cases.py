from collections import Counter


def _pair_count(nums, target):
    """How many index pairs i < j have nums[i] + nums[j] == target."""
    counts = Counter(nums)
    total = 0
    for value, c in counts.items():
        other = target - value
        if other == value:
            total += c * (c - 1) // 2
        elif value < other:
            total += c * counts.get(other, 0)
    return total


def _case(rng, n, low, high, equal_pair=False, decoy=False):
    """n numbers in [low, high] with exactly one pair summing to the target."""
    while True:
        nums = [int(v) for v in rng.integers(low, high + 1, size=n)]
        i, j = sorted(int(k) for k in rng.choice(n, size=2, replace=False))
        if equal_pair:
            nums[j] = nums[i]
        target = nums[i] + nums[j]
        if decoy:
            if target % 2 or i == 0:
                continue
            # a lone target/2 placed before the pair: using it twice would look like an answer
            nums[int(rng.integers(0, i))] = target // 2
        if _pair_count(nums, target) == 1:
            return nums, target


def visible():
    return [
        {"name": "example: -3 + 8", "args": [[4, 11, -3, 8, 5], 5]},
        {"name": "an element cannot be used twice", "args": [[3, 2, 4], 6]},
        {"name": "equal values", "args": [[3, 3], 6]},
    ]


def hidden(rng):
    cases = []
    for k, (n, low, high) in enumerate(
        [(10, -20, 20), (200, -1000, 1000), (5000, -(10**9), 10**9)]
    ):
        nums, target = _case(rng, n, low, high)
        cases.append({"name": f"random {k + 1} (n={n})", "args": [nums, target]})
    nums, target = _case(rng, 3000, -(10**6), 10**6, equal_pair=True)
    cases.append({"name": "the pair is two equal values (n=3000)", "args": [nums, target]})
    for k, n in enumerate([8, 1000]):
        nums, target = _case(rng, n, -500 * n, 500 * n, decoy=True)
        cases.append(
            {"name": f"half the target appears once, early {k + 1}", "args": [nums, target]}
        )
    # Many duplicates that cannot be part of the answer.
    n = 2000
    nums = [int(v) for v in rng.integers(0, 50, size=n)]
    i, j = sorted(int(k) for k in rng.choice(n, size=2, replace=False))
    nums[i], nums[j] = 1000 + int(rng.integers(0, 100)), -int(rng.integers(1200, 2000))
    cases.append({"name": "many duplicates elsewhere", "args": [nums, nums[i] + nums[j]]})
    size = int(rng.integers(2, 6))
    zeros = [0] * 2 + [int(v) for v in rng.integers(1, 100, size=size)]
    order = [int(k) for k in rng.permutation(len(zeros))]
    cases.append({"name": "two zeros, target 0", "args": [[zeros[k] for k in order], 0]})
    a = int(rng.integers(-(10**9), 0))
    b = int(rng.integers(1, 10**9))
    cases.append({"name": "two elements, large values", "args": [[a, b], a + b]})
    last = [int(v) for v in rng.permutation(5000) * 3]
    # multiples of 3 below 15000 never reach the target; only the last two do
    last[-2], last[-1] = 10**9, 10**9 - 1
    cases.append({"name": "the pair is at the very end (n=5000)", "args": [last, 2 * 10**9 - 1]})
    return cases


def scaling(rng, n):
    """Timing input: the only pair is the last two numbers, so nothing stops early. Every
    other number is 1 more than a multiple of 3 and the pair are multiples of 3, so no other
    two numbers reach the target."""
    nums = [int(v) * 3 + 1 for v in rng.permutation(n - 2)]
    nums += [3 * (n + 5), 3 * (n + 9)]
    return {"args": [nums, 6 * n + 42]}
