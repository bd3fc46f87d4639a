def min_window(s: str, t: str) -> str:
    """The shortest (then leftmost) substring of s holding every letter of t with its count."""
    raise NotImplementedError
