"""Searches depth-first and returns the length of the first route that reaches the goal, which is usually not the shortest one."""


def shortest_path(grid):
    rows, cols = len(grid), len(grid[0])
    if grid[0][0] or grid[-1][-1]:
        return -1
    seen = {(0, 0)}
    stack = [(0, 0, 0)]
    while stack:
        r, c, d = stack.pop()
        if (r, c) == (rows - 1, cols - 1):
            return d
        for nr, nc in ((r - 1, c), (r, c - 1), (r + 1, c), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and not grid[nr][nc] and (nr, nc) not in seen:
                seen.add((nr, nc))
                stack.append((nr, nc, d + 1))
    return -1
