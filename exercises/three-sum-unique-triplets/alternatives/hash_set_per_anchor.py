"""No two pointers: for each anchor, a set of values seen so far finds the third value; the
triplets are collected in a set of sorted tuples and returned in their own order."""


def three_sum(nums):
    found = set()
    n = len(nums)
    for i in range(n):
        seen = set()
        a = nums[i]
        for j in range(i + 1, n):
            b = nums[j]
            c = -a - b
            if c in seen:
                found.add(tuple(sorted((a, b, c))))
            seen.add(b)
    return [[t[2], t[0], t[1]] for t in found]
