"""Returns n minus the number of friendships, as if every friendship merged two groups; a friendship that closes a loop merges nothing."""


def count_groups(n, friendships):
    return max(n - len(friendships), 1)
