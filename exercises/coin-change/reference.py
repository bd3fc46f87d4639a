def coin_change(coins, amount):
    impossible = amount + 1
    best = [0] + [impossible] * amount
    usable = sorted(c for c in coins if c <= amount)
    for x in range(1, amount + 1):
        fewest = impossible
        for c in usable:
            if c > x:
                break
            if best[x - c] + 1 < fewest:
                fewest = best[x - c] + 1
        best[x] = fewest
    return best[amount] if best[amount] <= amount else -1
