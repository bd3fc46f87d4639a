"""Greedily takes as many of the largest coin as fit, then the next largest, and so on."""


def coin_change(coins, amount):
    count = 0
    for c in sorted(coins, reverse=True):
        count += amount // c
        amount %= c
    return count if amount == 0 else -1
