"""Stops as soon as one of the lists runs out, dropping the readings still waiting in the others."""


def merge_k_lists(lists):
    fronts = [node for node in lists if node is not None]
    dummy = tail = ListNode()  # noqa: F821 - ListNode is given to the solution
    while fronts and all(node is not None for node in fronts):
        k = min(range(len(fronts)), key=lambda i: fronts[i].val)
        node = fronts[k]
        fronts[k] = node.next
        tail.next = tail = node
    tail.next = None
    return dummy.next
