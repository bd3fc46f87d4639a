def top_k_frequent(nums: list[int], k: int) -> list[int]:
    """The k most frequent values, most frequent first; equal counts in increasing value order."""
    raise NotImplementedError
