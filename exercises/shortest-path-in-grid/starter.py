def shortest_path(grid):
    """Fewest up/down/left/right moves from the top-left to the bottom-right free cell, or -1.

    grid[r][c] is 0 for free floor and 1 for a shelf.
    """
    raise NotImplementedError
