"""Unbounded-knapsack order: the outer loop runs over coins, the inner over amounts."""


def coin_change(coins, amount):
    inf = float("inf")
    fewest = [0] + [inf] * amount
    for coin in coins:
        for total in range(coin, amount + 1):
            candidate = fewest[total - coin] + 1
            if candidate < fewest[total]:
                fewest[total] = candidate
    return -1 if fewest[amount] == inf else int(fewest[amount])
