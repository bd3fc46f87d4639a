"""Returns [j, i]: the current index first and the earlier one second."""


def two_sum(nums, target):
    seen = {}
    for j, value in enumerate(nums):
        if target - value in seen:
            return [j, seen[target - value]]
        seen[value] = j
    return []
