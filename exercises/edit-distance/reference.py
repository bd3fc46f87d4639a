def edit_distance(a, b):
    rows, cols = len(a), len(b)
    d = [[0] * (cols + 1) for _ in range(rows + 1)]
    for i in range(rows + 1):
        d[i][0] = i
    for j in range(cols + 1):
        d[0][j] = j
    for i in range(1, rows + 1):
        for j in range(1, cols + 1):
            if a[i - 1] == b[j - 1]:
                d[i][j] = d[i - 1][j - 1]
            else:
                d[i][j] = 1 + min(d[i - 1][j], d[i][j - 1], d[i - 1][j - 1])
    return d[rows][cols]
