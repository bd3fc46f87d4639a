def max_pay(pay):
    before, best = 0, 0  # best totals up to two days ago and up to yesterday
    for p in pay:
        before, best = best, max(best, before + p)
    return best
