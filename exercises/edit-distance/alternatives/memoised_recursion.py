"""Top-down: a memoised recursion on the two remaining suffixes (depth at most
len(a) + len(b), inside the recursion limit for these sizes)."""

from functools import cache


def edit_distance(a, b):
    @cache
    def cost(i, j):
        if i == len(a):
            return len(b) - j
        if j == len(b):
            return len(a) - i
        if a[i] == b[j]:
            return cost(i + 1, j + 1)
        return 1 + min(cost(i + 1, j), cost(i, j + 1), cost(i + 1, j + 1))

    return cost(0, 0)
