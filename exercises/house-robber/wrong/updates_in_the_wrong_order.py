"""Updates the two running totals one after the other instead of together, so "two days ago" already holds yesterday's total and neighbouring days get added up."""


def max_pay(pay):
    before, best = 0, 0
    for p in pay:
        before = best
        best = max(best, before + p)
    return best
