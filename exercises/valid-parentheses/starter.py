def is_valid(s: str) -> bool:
    """True if every bracket in s is closed by the same type, in the right order."""
    raise NotImplementedError
