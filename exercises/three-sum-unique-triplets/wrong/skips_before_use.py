"""Skips an anchor when the NEXT value equals it, so a triplet that needs that value twice ([-1, -1, 2]) is never found."""


def three_sum(nums):
    values = sorted(nums)
    n = len(values)
    found = []
    for i in range(n - 2):
        if values[i] == values[i + 1]:
            continue
        lo, hi = i + 1, n - 1
        while lo < hi:
            total = values[i] + values[lo] + values[hi]
            if total < 0:
                lo += 1
            elif total > 0:
                hi -= 1
            else:
                found.append([values[i], values[lo], values[hi]])
                lo += 1
                while lo < hi and values[lo] == values[lo - 1]:
                    lo += 1
                hi -= 1
    return found
