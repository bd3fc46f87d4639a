"""Greedily takes the best-paid free day and blocks its neighbours, but one big day can cost two good ones beside it."""


def max_pay(pay):
    blocked = [False] * len(pay)
    total = 0
    for i in sorted(range(len(pay)), key=lambda k: -pay[k]):
        if not blocked[i]:
            total += pay[i]
            for j in (i - 1, i, i + 1):
                if 0 <= j < len(pay):
                    blocked[j] = True
    return total
