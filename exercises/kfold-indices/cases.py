def visible():
    return [
        {"name": "7 samples, 3 folds", "args": [7, 3]},
        {"name": "6 samples, 3 folds (divides evenly)", "args": [6, 3]},
        {"name": "10 samples, 4 folds", "args": [10, 4]},
    ]


def _uneven(rng, low, high, k):
    """A sample count in [low, high) that does not divide evenly into k folds."""
    n = int(rng.integers(low, high))
    return n + 1 if n % k == 0 else n


def hidden(rng):
    k = int(rng.integers(3, 8))
    cases = [{"name": f"{k} folds, uneven", "args": [_uneven(rng, 20, 60, k), k]}]
    k = int(rng.integers(4, 9))
    n = k * int(rng.integers(3, 10)) + k - 1
    cases.append({"name": f"{k} folds, remainder k - 1", "args": [n, k]})
    cases.append({"name": "two folds, odd count", "args": [2 * int(rng.integers(5, 40)) + 1, 2]})
    k = int(rng.integers(2, 7))
    cases.append({"name": "divides evenly", "args": [k * int(rng.integers(2, 12)), k]})
    n = int(rng.integers(2, 12))
    cases.append({"name": "leave-one-out (n_splits == n_samples)", "args": [n, n]})
    n = int(rng.integers(4, 15))
    cases.append({"name": "n_splits == n_samples - 1", "args": [n, n - 1]})
    cases.append({"name": "smallest input", "args": [2, 2]})
    cases.append(
        {"name": "ten folds over a larger set", "args": [_uneven(rng, 2000, 5000, 10), 10]}
    )
    k = int(rng.integers(5, 20))
    cases.append({"name": f"{k} folds, random size", "args": [int(rng.integers(k, 300)), k]})
    return cases
