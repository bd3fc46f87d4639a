"""Treats prerequisites as undirected edges (union-find), so a diamond looks like a cycle."""


def can_finish(num_courses, prerequisites):
    parent = list(range(num_courses))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in prerequisites:
        ra, rb = find(a), find(b)
        if ra == rb:
            return False
        parent[ra] = rb
    return True
