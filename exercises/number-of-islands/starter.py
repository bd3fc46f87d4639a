def num_islands(grid: list[list[str]]) -> int:
    """Number of groups of "1" cells connected up/down/left/right."""
    raise NotImplementedError
