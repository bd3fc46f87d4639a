def group_anagrams(words: list[str]) -> list[list[str]]:
    """Group the words that are anagrams; inside a group keep the input order."""
    raise NotImplementedError
