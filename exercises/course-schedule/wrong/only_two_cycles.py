"""Only looks for pairs of courses that require each other, missing longer cycles."""


def can_finish(num_courses, prerequisites):
    pairs = {(a, b) for a, b in prerequisites}
    return not any((b, a) in pairs for a, b in pairs)
