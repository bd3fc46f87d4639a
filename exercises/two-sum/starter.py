def two_sum(nums: list[int], target: int) -> list[int]:
    """Return [i, j], i < j, such that nums[i] + nums[j] == target (exactly one such pair exists)."""
    raise NotImplementedError
