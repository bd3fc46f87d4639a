"""Builds the value -> index map first and never checks that the partner is a different index."""


def two_sum(nums, target):
    position = {value: i for i, value in enumerate(nums)}
    for i, value in enumerate(nums):
        j = position.get(target - value)
        if j is not None:
            return [i, j]
    return []
