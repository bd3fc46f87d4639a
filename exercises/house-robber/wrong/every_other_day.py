"""Only compares working the even days with working the odd days, missing plans with two or more rest days in a row."""


def max_pay(pay):
    return max(sum(pay[0::2]), sum(pay[1::2]))
