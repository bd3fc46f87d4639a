"""Flood-fills correctly but starts a new island at every land cell without checking visited."""


def num_islands(grid):
    rows, cols = len(grid), len(grid[0])
    seen = set()
    count = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "1":
                continue
            count += 1
            seen.add((r, c))
            stack = [(r, c)]
            while stack:
                y, x = stack.pop()
                for ny, nx in ((y - 1, x), (y + 1, x), (y, x - 1), (y, x + 1)):
                    if (
                        0 <= ny < rows
                        and 0 <= nx < cols
                        and (ny, nx) not in seen
                        and grid[ny][nx] == "1"
                    ):
                        seen.add((ny, nx))
                        stack.append((ny, nx))
    return count
