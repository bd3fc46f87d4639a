def edit_distance(a: str, b: str) -> int:
    """Fewest single-character insertions, deletions and replacements turning a into b."""
    raise NotImplementedError
