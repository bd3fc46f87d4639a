"""Counts the number of ways to make the amount instead of the fewest coins."""


def coin_change(coins, amount):
    ways = [1] + [0] * amount
    for c in coins:
        for x in range(c, amount + 1):
            ways[x] += ways[x - c]
    return ways[amount] if ways[amount] else -1
