"""Returns the two numbers themselves instead of their indices."""


def two_sum(nums, target):
    seen = {}
    for j, value in enumerate(nums):
        if target - value in seen:
            return [target - value, value]
        seen[value] = j
    return []
