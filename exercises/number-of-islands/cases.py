def _grid(cells):
    return [["1" if v else "0" for v in row] for row in cells]


def _random(rng, rows, cols, land):
    return _grid((rng.random((rows, cols)) < land).tolist())


def _snake(rows, cols):
    """One long winding island: full even rows, joined at alternating ends."""
    cells = [[r % 2 == 0] * cols for r in range(rows)]
    for r in range(1, rows, 2):
        cells[r][cols - 1 if r % 4 == 1 else 0] = True
    return _grid(cells)


def visible():
    grid = [
        ["1", "1", "0", "0", "1"],
        ["0", "1", "0", "1", "1"],
        ["1", "0", "0", "0", "0"],
        ["0", "0", "1", "1", "0"],
    ]
    u_shape = [
        ["1", "0", "1"],
        ["1", "0", "1"],
        ["1", "1", "1"],
    ]
    return [
        {"name": "example", "args": [grid]},
        {"name": "a U shape is one island", "args": [u_shape]},
        {"name": "all water", "args": [[["0", "0"], ["0", "0"]]]},
    ]


def hidden(rng):
    r, c = int(rng.integers(5, 15)), int(rng.integers(5, 15))
    checker = [[(i + j) % 2 == 0 for j in range(c)] for i in range(r)]
    return [
        {"name": "1 x 1 land", "args": [[["1"]]]},
        {"name": "one row", "args": [_random(rng, 1, 100, 0.5)]},
        {"name": "one column", "args": [_random(rng, 100, 1, 0.5)]},
        {"name": "checkerboard (only corners touch)", "args": [_grid(checker)]},
        {"name": "sparse land, 30 x 40", "args": [_random(rng, 30, 40, 0.3)]},
        {"name": "half land, 100 x 100", "args": [_random(rng, 100, 100, 0.5)]},
        {"name": "mostly land, 100 x 100", "args": [_random(rng, 100, 100, 0.65)]},
        {"name": "all land, 100 x 100", "args": [_grid([[True] * 100] * 100)]},
        {"name": "one winding island, 99 x 100", "args": [_snake(99, 100)]},
        {"name": "non-square, 7 x 90", "args": [_random(rng, 7, 90, 0.45)]},
    ]
