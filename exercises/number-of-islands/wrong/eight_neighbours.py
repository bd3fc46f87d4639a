"""Joins cells that touch diagonally too (8-connectivity instead of 4)."""


def num_islands(grid):
    rows, cols = len(grid), len(grid[0])
    seen = set()
    count = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "1" or (r, c) in seen:
                continue
            count += 1
            seen.add((r, c))
            stack = [(r, c)]
            while stack:
                y, x = stack.pop()
                for dy in (-1, 0, 1):
                    for dx in (-1, 0, 1):
                        ny, nx = y + dy, x + dx
                        if (
                            0 <= ny < rows
                            and 0 <= nx < cols
                            and (ny, nx) not in seen
                            and grid[ny][nx] == "1"
                        ):
                            seen.add((ny, nx))
                            stack.append((ny, nx))
    return count
