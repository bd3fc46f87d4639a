"""A full table: best[i] is the most from the first i days, built left to right."""


def max_pay(pay):
    best = [0] * (len(pay) + 1)
    for i in range(1, len(pay) + 1):
        worked = pay[i - 1] + (best[i - 2] if i >= 2 else 0)
        best[i] = max(best[i - 1], worked)
    return best[-1]
