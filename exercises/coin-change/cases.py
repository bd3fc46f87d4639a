def _coins(rng, k, low, high):
    return [int(v) for v in rng.choice(range(low, high + 1), size=k, replace=False)]


def visible():
    return [
        {"name": "example: greedy is not optimal", "args": [[1, 3, 4], 6]},
        {"name": "example: impossible", "args": [[5, 10], 3]},
        {"name": "example: amount 0", "args": [[7], 0]},
    ]


def hidden(rng):
    cases = [
        {"name": "amount 0", "args": [_coins(rng, 3, 1, 50), 0]},
        {"name": "a single coin of 1", "args": [[1], int(rng.integers(1, 10_001))]},
    ]
    c = int(rng.integers(2, 20))
    cases.append(
        {
            "name": "single coin, amount not a multiple",
            "args": [[c], c * int(rng.integers(1, 100)) + 1],
        }
    )
    # Only even coins and an odd amount: impossible.
    evens = [2 * v for v in _coins(rng, 4, 1, 40)]
    cases.append(
        {"name": "even coins, odd amount", "args": [evens, 2 * int(rng.integers(50, 2000)) + 1]}
    )
    # Greedy traps: largest-first takes too many coins or gets stuck.
    k = int(rng.integers(3, 8))
    cases.append({"name": "greedy gets stuck", "args": [[2 * k - 1, k], 3 * k]})
    a = int(rng.integers(3, 10))
    cases.append({"name": "greedy uses too many coins", "args": [[1, a, a + 1], 2 * a]})
    cases.append(
        {
            "name": "coins larger than the amount",
            "args": [[1000, 5000, 99_999], int(rng.integers(1, 1000))],
        }
    )
    for i in range(3):
        coins = _coins(rng, int(rng.integers(2, 13)), 2, 200)
        amount = int(rng.integers(5_000, 10_001))
        cases.append({"name": f"random coins, large amount {i + 1}", "args": [coins, amount]})
    coins = _coins(rng, 5, 3, 30)
    cases.append({"name": "random coins, small amount", "args": [coins, int(rng.integers(1, 60))]})
    return cases
