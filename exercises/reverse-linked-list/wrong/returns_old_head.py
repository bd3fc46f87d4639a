"""Reverses the links correctly but returns the old head, which is now the last node, so only one value comes back."""


def reverse_list(head):
    previous, node = None, head
    while node is not None:
        following = node.next
        node.next = previous
        previous, node = node, following
    return head
