"""Recursion that never clears head.next, so the first two nodes point at each other and the reversed list never ends."""


def reverse_list(head):
    if head is None or head.next is None:
        return head
    new_head = reverse_list(head.next)
    head.next.next = head
    return new_head
