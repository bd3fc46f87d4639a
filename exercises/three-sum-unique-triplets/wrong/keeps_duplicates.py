"""Never skips a repeated value, so the same triplet of values is listed once for every way of picking it."""


def three_sum(nums):
    values = sorted(nums)
    n = len(values)
    found = []
    for i in range(n - 2):
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
                hi -= 1
    return found
