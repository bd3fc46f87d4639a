"""Two states per day, walked from the last day back: the best total from here on if today
is worked, and if today is a rest day."""


def max_pay(pay):
    work_next = rest_next = 0
    for p in reversed(pay):
        work, rest = p + rest_next, max(work_next, rest_next)
        work_next, rest_next = work, rest
    return max(work_next, rest_next)
