"""Compares the strings position by position and adds the length difference, so one insertion near the start shifts every later character into a mismatch."""


def edit_distance(a, b):
    mismatches = sum(x != y for x, y in zip(a, b, strict=False))
    return mismatches + abs(len(a) - len(b))
