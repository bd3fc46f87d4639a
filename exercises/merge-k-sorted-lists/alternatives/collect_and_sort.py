"""Reads every value, sorts them with sorted(), and builds a fresh list from the back; the
input lists are left untouched (O(N log N))."""


def merge_k_lists(lists):
    values = []
    for node in lists:
        while node is not None:
            values.append(node.val)
            node = node.next
    head = None
    for value in sorted(values, reverse=True):
        head = ListNode(value, head)  # noqa: F821 - ListNode is given to the solution
    return head
