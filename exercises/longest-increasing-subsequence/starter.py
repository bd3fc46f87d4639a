def length_of_lis(nums: list[int]) -> int:
    """Length of the longest strictly increasing subsequence of nums."""
    raise NotImplementedError
