"""Call sequences for TimeMap: the worked example, built cases for a query exactly at a set
timestamp, between two changes and before the first one, keys with their own timelines,
random programs, and one long program where scanning a key's values is too slow."""

from itertools import pairwise

LETTERS = list("abcdefghijklmnopqrstuvwxyz")


def visible():
    return [
        {
            "name": "the worked example",
            "args": [
                ["TimeMap", "set", "set", "get", "get", "set", "get", "get", "get", "get"],
                [[], ["color", "red", 1], ["color", "blue", 4], ["color", 4], ["color", 2],
                 ["color", "green", 7], ["color", 5], ["color", 3], ["color", 0], ["shape", 5]],
            ],
        },
    ]  # fmt: skip


def _words(rng, n, length=6):
    """n different lowercase words."""
    words = set()
    while len(words) < n:
        words.add("".join(rng.choice(LETTERS, size=int(rng.integers(1, length + 1)))))
    return [str(w) for w in rng.permutation(sorted(words))]


def _times(rng, n, low=1, gap=50):
    """n increasing timestamps from `low`, with gaps of at least 2 so every gap has a time inside."""
    return [int(t) for t in low - 1 + rng.integers(2, gap, size=n).cumsum()]


def _timeline(rng, n):
    key, *values = _words(rng, n + 1)
    return key, values, _times(rng, n)


def _program(key, values, times, queries):
    operations = ["TimeMap"] + ["set"] * len(values) + ["get"] * len(queries)
    arguments = (
        [[]]
        + [[key, v, t] for v, t in zip(values, times, strict=True)]
        + [[key, q] for q in queries]
    )
    return [operations, arguments]


def _exact_times(rng):
    """Every query is exactly a set timestamp: only <= finds the value set then."""
    key, values, times = _timeline(rng, 5)
    return _program(key, values, times, [int(t) for t in rng.permutation(times)])


def _between(rng):
    """Queries strictly inside the gaps before the last change: the answer is neither the latest
    value nor the one set after the query."""
    key, values, times = _timeline(rng, 5)
    queries = [int(rng.integers(a + 1, b)) for a, b in pairwise(times)]
    return _program(key, values, times, queries[::-1])


def _before_first(rng):
    """Times before the key's first change, then the last one and after it."""
    key, values, times = _timeline(rng, 3)
    queries = [int(rng.integers(0, times[0])), 0, times[-1], times[-1] + int(rng.integers(1, 100))]
    return _program(key, values, times, queries)


def _two_keys(rng):
    """Two keys set in turn, each with its own timestamps, and a key never set."""
    first, second, missing, *values = _words(rng, 9)
    times_a, times_b = _times(rng, 3), _times(rng, 3)
    operations, arguments = ["TimeMap"], [[]]
    for i in range(3):
        operations += ["set", "set"]
        arguments += [[first, values[i], times_a[i]], [second, values[3 + i], times_b[i]]]
    for key, times in ((first, times_a), (second, times_b)):
        operations += ["get"] * 3
        arguments += [[key, times[0]], [key, times[1] + 1], [key, times[2] + 5]]
    operations.append("get")
    arguments.append([missing, times_a[-1]])
    return [operations, arguments]


def _random_program(rng, calls, n_keys=3):
    """Sets and gets mixed over a few keys; gets ask exact, in-between, early and late times."""
    keys = _words(rng, n_keys, 3)
    last = {k: 0 for k in keys}
    operations, arguments = ["TimeMap"], [[]]
    for _ in range(calls):
        key = keys[int(rng.integers(n_keys))]
        if rng.random() < 0.45:
            last[key] += int(rng.integers(1, 6))
            operations.append("set")
            arguments.append([key, _words(rng, 1, 4)[0], last[key]])
        else:
            operations.append("get")
            arguments.append([key, int(rng.integers(0, last[key] + 3))])
    return [operations, arguments]


def _long(rng, n=60_000):
    """n values for one key, then n gets at times spread over the whole range: O(n^2) to scan."""
    times = _times(rng, n, gap=20)
    values = ["".join(w) for w in rng.choice(LETTERS, size=(n, 5)).tolist()]
    queries = rng.integers(0, times[-1] + 10, size=n).tolist()
    return _program("events", values, times, queries)


def hidden(rng):
    cases = [
        {"name": "queries exactly at set timestamps", "args": _exact_times(rng)},
        {"name": "queries between two changes", "args": _between(rng)},
        {"name": "before the first change and after the last", "args": _before_first(rng)},
        {"name": "two keys with their own timelines, and a key never set", "args": _two_keys(rng)},
    ]
    cases += [
        {"name": f"random program {i + 1}", "args": _random_program(rng, 60)} for i in range(4)
    ]
    cases.append({"name": "random program with one key", "args": _random_program(rng, 300, 1)})
    cases.append({"name": "60,000 values, then 60,000 gets", "args": _long(rng), "large": True})
    return cases
