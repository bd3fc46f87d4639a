def count_groups(n, friendships):
    """Number of groups of users connected by chains of friendships (a loner is a group)."""
    raise NotImplementedError
