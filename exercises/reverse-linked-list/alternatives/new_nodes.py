"""Leaves the input alone and builds a fresh list by pushing each value onto the front."""


def reverse_list(head):
    out = None
    while head is not None:
        out = ListNode(head.val, out)  # noqa: F821 - ListNode is given to the solution
        head = head.next
    return out
