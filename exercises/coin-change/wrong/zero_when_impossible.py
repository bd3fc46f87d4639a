"""Uses 0 as the 'unreachable' marker, so an impossible amount returns 0 instead of -1."""


def coin_change(coins, amount):
    inf = float("inf")
    best = [0] + [inf] * amount
    for x in range(1, amount + 1):
        for c in coins:
            if c <= x and best[x - c] + 1 < best[x]:
                best[x] = best[x - c] + 1
    return 0 if best[amount] == inf else best[amount]
