"""Breadth-first by whole frontiers held in sets: after k rounds the frontier is every cell
exactly k moves away."""


def shortest_path(grid):
    rows, cols = len(grid), len(grid[0])
    goal = (rows - 1, cols - 1)
    if grid[0][0] == 1 or grid[goal[0]][goal[1]] == 1:
        return -1
    seen = {(0, 0)}
    frontier = {(0, 0)}
    moves = 0
    while frontier:
        if goal in frontier:
            return moves
        nxt = set()
        for r, c in frontier:
            for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
                cell = (r + dr, c + dc)
                if cell in seen or not (0 <= cell[0] < rows and 0 <= cell[1] < cols):
                    continue
                if grid[cell[0]][cell[1]] == 0:
                    seen.add(cell)
                    nxt.add(cell)
        frontier = nxt
        moves += 1
    return -1
