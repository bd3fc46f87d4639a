"""Counts runs of land within each row, never joining cells that touch vertically."""


def num_islands(grid):
    count = 0
    for row in grid:
        previous = "0"
        for cell in row:
            if cell == "1" and previous != "1":
                count += 1
            previous = cell
    return count
