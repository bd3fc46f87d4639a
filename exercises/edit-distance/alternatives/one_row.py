"""Bottom-up with a single row over the shorter string, keeping the diagonal value in a
variable: O(min(len(a), len(b))) memory."""


def edit_distance(a, b):
    if len(b) > len(a):
        a, b = b, a
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        diagonal, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            above = row[j]
            row[j] = diagonal if ca == cb else 1 + min(diagonal, above, row[j - 1])
            diagonal = above
    return row[-1]
