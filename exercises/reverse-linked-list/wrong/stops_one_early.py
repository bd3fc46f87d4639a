"""Loops while node.next is not None, so the last node is never turned around and is lost from the reversed list."""


def reverse_list(head):
    previous, node = None, head
    while node is not None and node.next is not None:
        following = node.next
        node.next = previous
        previous, node = node, following
    return previous
