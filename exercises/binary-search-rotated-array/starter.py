def search(nums: list[int], target: int) -> int:
    """Return the index of target in the rotated sorted list of distinct ints nums, or -1."""
    raise NotImplementedError
