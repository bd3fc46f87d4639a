"""Breadth-first search from 0: the first level that reaches the amount is the fewest coins."""


def coin_change(coins, amount):
    if amount == 0:
        return 0
    seen = [False] * (amount + 1)
    seen[0] = True
    frontier = [0]
    steps = 0
    while frontier:
        steps += 1
        nxt = []
        for total in frontier:
            for c in coins:
                reach = total + c
                if reach == amount:
                    return steps
                if reach < amount and not seen[reach]:
                    seen[reach] = True
                    nxt.append(reach)
        frontier = nxt
    return -1
