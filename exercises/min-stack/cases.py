"""Call sequences for MinStack: the worked example, repeated minima popped one at a time,
random programs, and one long program where scanning for the minimum is too slow."""


def visible():
    return [
        {
            "name": "the worked example",
            "args": [
                ["MinStack", "push", "push", "push", "get_min", "pop", "get_min", "top"],
                [[], [5], [2], [2], [], [], [], []],
            ],
        },
        {
            "name": "the minimum is popped",
            "args": [
                ["MinStack", "push", "push", "get_min", "pop", "get_min"],
                [[], [3], [1], [], [], []],
            ],
        },
    ]


def _program(rng, calls, low=-50, high=50):
    """A random valid call sequence: pops and reads only on a non-empty stack."""
    operations, arguments, size = ["MinStack"], [[]], 0
    for _ in range(calls):
        pick = rng.random()
        if size == 0 or pick < 0.45:
            operations.append("push")
            arguments.append([int(rng.integers(low, high))])
            size += 1
        elif pick < 0.7:
            operations.append("pop")
            arguments.append([])
            size -= 1
        else:
            operations.append(str(rng.choice(["top", "get_min"])))
            arguments.append([])
    return [operations, arguments]


def _repeated_minimum(rng):
    """The minimum pushed three times, then popped one copy at a time."""
    low = int(rng.integers(-100, 0))
    values = [int(rng.integers(1, 100)), low, int(rng.integers(1, 100)), low, low]
    operations = ["MinStack"] + ["push"] * 5 + ["get_min", "pop", "get_min", "pop", "get_min"]
    operations += ["pop", "get_min", "pop", "get_min"]
    arguments = [[]] + [[v] for v in values] + [[]] * 9
    return [operations, arguments]


def _long(rng, n=40_000):
    """n pushes, a get_min after each, then n/2 pops and reads: O(n^2) to scan for the minimum."""
    operations = ["MinStack"] + ["push", "get_min"] * n + ["pop", "get_min"] * (n // 2)
    values = rng.integers(-(10**9), 10**9, size=n).tolist()
    arguments = [[]] + [x for v in values for x in ([v], [])] + [[], []] * (n // 2)
    return [operations, arguments]


def hidden(rng):
    cases = [
        {"name": "a repeated minimum, popped one copy at a time", "args": _repeated_minimum(rng)},
        {"name": "one value", "args": [["MinStack", "push", "get_min", "top", "pop"], [[], [7], [], [], []]]},
        {"name": "falling values", "args": [["MinStack"] + ["push", "get_min"] * 6, [[]] + [x for v in range(6, 0, -1) for x in ([v], [])]]},
    ]  # fmt: skip
    cases += [{"name": f"random program {i + 1}", "args": _program(rng, 60)} for i in range(5)]
    cases.append({"name": "random program with few values", "args": _program(rng, 200, 0, 3)})
    cases.append({"name": "120,000 calls", "args": _long(rng), "large": True})
    return cases
