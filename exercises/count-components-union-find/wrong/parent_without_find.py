"""Sets parent[b] = parent[a] without following parents up to the roots, so a later friendship can pull a user out of a group already merged, and the count of distinct parents is wrong."""


def count_groups(n, friendships):
    parent = list(range(n))
    for a, b in friendships:
        parent[b] = parent[a]
    return len(set(parent))
