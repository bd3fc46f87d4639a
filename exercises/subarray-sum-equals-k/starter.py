def count_subarrays(nums: list[int], k: int) -> int:
    """How many contiguous non-empty slices of nums add up to exactly k."""
    raise NotImplementedError
