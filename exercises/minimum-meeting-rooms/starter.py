def min_rooms(meetings: list[list[int]]) -> int:
    """Fewest rooms for half-open meetings [start, end); touching meetings can share a room."""
    raise NotImplementedError
