def length_of_longest_substring(s: str) -> int:
    """Length of the longest contiguous substring of s with no repeated character."""
    raise NotImplementedError
