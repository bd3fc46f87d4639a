"""Breadth-first search with a deque on a private copy of the grid, sinking land as it goes."""

from collections import deque


def num_islands(grid):
    land = [[cell == "1" for cell in row] for row in grid]
    rows, cols = len(land), len(land[0]) if land else 0
    islands = 0
    for r0 in range(rows):
        for c0 in range(cols):
            if not land[r0][c0]:
                continue
            islands += 1
            land[r0][c0] = False
            queue = deque([(r0, c0)])
            while queue:
                r, c = queue.popleft()
                for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                    y, x = r + dr, c + dc
                    if 0 <= y < rows and 0 <= x < cols and land[y][x]:
                        land[y][x] = False
                        queue.append((y, x))
    return islands
