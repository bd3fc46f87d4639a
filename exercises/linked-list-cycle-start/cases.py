from interview_app.core.judge.values import linked


def _distinct(rng, n):
    return [int(v) for v in rng.choice(2 * 10**5 + 1, size=n, replace=False) - 10**5]


def _floyd_meeting(n, start):
    """Position where slow and fast pointers first meet on a list of n nodes looping to start."""

    def step(i):
        return i + 1 if i + 1 < n else start

    slow = fast = 0
    while True:
        slow, fast = step(slow), step(step(fast))
        if slow == fast:
            return slow


def _case(name, values, at=-1):
    return {"name": name, "args": [linked(values, cycle_at=at)]}


def _misleading_loop(rng, low, high):
    """n and a loop start where the pointers meet away from the start (start > 0)."""
    while True:
        n = int(rng.integers(low, high + 1))
        start = int(rng.integers(1, n))
        if _floyd_meeting(n, start) != start:
            return n, start


def visible():
    return [
        _case("example", [3, 2, 0, -4, 6], 1),
        _case("no loop", [1, 2, 3]),
        _case("the last node points to the head", [4, 5], 0),
    ]


def hidden(rng):
    cases = [
        _case("empty list", []),
        _case("one node, no loop", _distinct(rng, 1)),
        _case("one node pointing to itself", _distinct(rng, 1), 0),
    ]
    n = int(rng.integers(3, 40))
    cases.append(_case("the tail points to itself", _distinct(rng, n), n - 1))
    n, start = _misleading_loop(rng, 8, 30)
    cases.append(_case("a loop starting further along", _distinct(rng, n), start))
    n, start = _misleading_loop(rng, 5000, 10**4)
    cases.append(_case("a long list with a loop", _distinct(rng, n), start))
    # Repeated values with no loop, and with a loop that starts after the first repeat.
    values = [int(v) for v in rng.integers(-3, 4, size=200)]
    cases.append(_case("repeated values, no loop", values))
    cases.append(_case("repeated values and a loop", values, int(rng.integers(100, 200))))
    cases.append(_case("a long list without a loop", _distinct(rng, 10**4)))
    return cases
