def can_finish(num_courses: int, prerequisites: list[list[int]]) -> bool:
    """True if all courses can be taken, where [a, b] means b must come before a."""
    raise NotImplementedError
