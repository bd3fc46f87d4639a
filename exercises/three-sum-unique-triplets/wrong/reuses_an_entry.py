"""Looks the third value up in the set of all values, so an entry that occurs once can be used twice (2 + 2 - 4 from a single 2)."""


def three_sum(nums):
    values = set(nums)
    found = set()
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            c = -nums[i] - nums[j]
            if c in values:
                found.add(tuple(sorted((nums[i], nums[j], c))))
    return [list(t) for t in found]
