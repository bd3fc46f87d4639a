def can_segment(s: str, words: list[str]) -> bool:
    """Whether s can be cut into pieces that are all dictionary words (reuse allowed)."""
    raise NotImplementedError
