"""Dijkstra's algorithm with a heap and unit weights (more machinery than needed, but it gives
the same distances as BFS); cells are numbered r * cols + c."""

import heapq


def shortest_path(grid):
    rows, cols = len(grid), len(grid[0])
    target = rows * cols - 1
    if grid[0][0] or grid[-1][-1]:
        return -1
    best = {0: 0}
    heap = [(0, 0)]
    while heap:
        d, cell = heapq.heappop(heap)
        if cell == target:
            return d
        if d > best[cell]:
            continue
        r, c = divmod(cell, cols)
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 0:
                nxt = nr * cols + nc
                if d + 1 < best.get(nxt, 1 << 60):
                    best[nxt] = d + 1
                    heapq.heappush(heap, (d + 1, nxt))
    return -1
