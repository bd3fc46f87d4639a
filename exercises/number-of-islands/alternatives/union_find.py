"""Union-find over the land cells: every union of two separate islands removes one."""


def num_islands(grid):
    rows, cols = len(grid), len(grid[0]) if grid else 0
    parent = {}

    def find(a):
        while parent[a] != a:
            parent[a] = parent[parent[a]]  # path halving
            a = parent[a]
        return a

    count = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "1":
                continue
            parent[(r, c)] = (r, c)
            count += 1
            for nb in ((r - 1, c), (r, c - 1)):  # neighbours already visited
                if nb in parent:
                    a, b = find(nb), find((r, c))
                    if a != b:
                        parent[a] = b
                        count -= 1
    return count
