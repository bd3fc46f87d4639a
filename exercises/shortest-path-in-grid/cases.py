from collections import deque


def _bfs(grid):
    rows, cols = len(grid), len(grid[0])
    if grid[0][0] or grid[-1][-1]:
        return -1
    dist = {(0, 0): 0}
    queue = deque([(0, 0)])
    while queue:
        r, c = queue.popleft()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and not grid[nr][nc] and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                queue.append((nr, nc))
    return dist.get((rows - 1, cols - 1), -1)


def _dfs_first(grid, order):
    """The length of the first route a depth-first search finds, with neighbours pushed in
    the given order (the last pushed is explored first)."""
    rows, cols = len(grid), len(grid[0])
    seen, stack = {(0, 0)}, [(0, 0, 0)]
    while stack:
        r, c, d = stack.pop()
        if (r, c) == (rows - 1, cols - 1):
            return d
        for dr, dc in order:
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and not grid[nr][nc] and (nr, nc) not in seen:
                seen.add((nr, nc))
                stack.append((nr, nc, d + 1))
    return -1


ORDERS = [
    [(-1, 0), (0, -1), (1, 0), (0, 1)],  # explores right, then down, first
    [(0, -1), (-1, 0), (0, 1), (1, 0)],  # explores down, then right, first
    [(1, 0), (-1, 0), (0, 1), (0, -1)],
    [(0, 1), (0, -1), (1, 0), (-1, 0)],
]


def _random(rng, rows, cols, walls):
    grid = (rng.random((rows, cols)) < walls).astype(int).tolist()
    grid[0][0] = grid[-1][-1] = 0
    return grid


def _detour(rng, rows, cols, walls):
    """A reachable random floor where the shortest route is longer than the Manhattan
    distance and no depth-first order in ORDERS happens to find a shortest route first."""
    while True:
        grid = _random(rng, rows, cols, walls)
        best = _bfs(grid)
        if best > rows + cols - 2 and all(_dfs_first(grid, o) != best for o in ORDERS):
            return grid


def _serpentine(rows, cols):
    """Shelf rows with one gap at alternating ends: the only route zig-zags across the floor."""
    grid = [[0] * cols for _ in range(rows)]
    for r in range(1, rows, 2):
        grid[r] = [1] * cols
        grid[r][cols - 1 if r % 4 == 1 else 0] = 0
    grid[-1][-1] = 0
    return grid


def visible():
    example = [
        [0, 0, 0, 0],
        [1, 1, 0, 1],
        [0, 0, 0, 0],
        [0, 1, 1, 0],
    ]
    return [
        {"name": "example", "args": [example]},
        {"name": "a wall cuts the floor in two", "args": [[[0, 1, 0], [0, 1, 0], [0, 1, 0]]]},
        {"name": "one free cell", "args": [[[0]]]},
    ]


def hidden(rng):
    n = int(rng.integers(2, 50))
    open_floor = [[0] * n for _ in range(int(rng.integers(2, 50)))]
    blocked_goal = _random(rng, 8, 8, 0.2)
    blocked_goal[-1][-1] = 1
    blocked_start = _random(rng, 8, 8, 0.2)
    blocked_start[0][0] = 1
    sealed = _random(rng, 30, 30, 0.2)
    sealed[-2][-1] = sealed[-1][-2] = 1  # the goal is free but walled in
    return [
        {"name": "1 x 1 shelf", "args": [[[1]]]},
        {"name": "one row", "args": [[[0] * int(rng.integers(2, 200))]]},
        {"name": "empty floor", "args": [open_floor]},
        {"name": "the start is a shelf", "args": [blocked_start]},
        {"name": "the goal is a shelf", "args": [blocked_goal]},
        {"name": "the goal is walled in", "args": [sealed]},
        {"name": "detours, 12 x 12", "args": [_detour(rng, 12, 12, 0.3)]},
        {"name": "detours, 60 x 60", "args": [_detour(rng, 60, 60, 0.3)]},
        {"name": "random floor, 200 x 200", "args": [_random(rng, 200, 200, 0.25)]},
        {"name": "zig-zag corridor, 199 x 200", "args": [_serpentine(199, 200)]},
    ]
