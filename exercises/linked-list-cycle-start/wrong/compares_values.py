"""Remembers values instead of nodes, so a value that merely repeats looks like the list looping back."""


def cycle_start(head):
    first_at = {}
    node, index = head, 0
    while node is not None:
        if node.val in first_at:
            return first_at[node.val]
        first_at[node.val] = index
        node, index = node.next, index + 1
    return -1
