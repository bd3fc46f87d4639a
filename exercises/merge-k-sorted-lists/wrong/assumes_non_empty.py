"""Reads the first value of every list without checking for None, so an empty list among the inputs crashes it."""

import heapq


def merge_k_lists(lists):
    heap = [(node.val, i, node) for i, node in enumerate(lists)]
    heapq.heapify(heap)
    dummy = tail = ListNode()  # noqa: F821 - ListNode is given to the solution
    while heap:
        _, i, node = heapq.heappop(heap)
        tail.next = tail = node
        if node.next is not None:
            heapq.heappush(heap, (node.next.val, i, node.next))
    tail.next = None
    return dummy.next
