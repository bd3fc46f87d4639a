"""Recursive search on a half-open window [lo, hi): recurse into the half whose sorted range
holds the target."""


def search(nums, target):
    def find(lo, hi):
        if lo >= hi:
            return -1
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        left_sorted = nums[lo] <= nums[mid]
        if left_sorted:
            in_left = nums[lo] <= target < nums[mid]
        else:
            in_left = not (nums[mid] < target <= nums[hi - 1])
        return find(lo, mid) if in_left else find(mid + 1, hi)

    return find(0, len(nums))
