"""Correct but O(n^2): it extends a running sum from every start to every end, which is about
n^2 / 2 additions, far too many for 2 * 10^5 days."""


def count_subarrays(nums, k):
    count = 0
    n = len(nums)
    for i in range(n):
        total = 0
        for j in range(i, n):
            total += nums[j]
            if total == k:
                count += 1
    return count
