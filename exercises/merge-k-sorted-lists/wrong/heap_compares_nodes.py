"""Pushes (value, node) pairs, so when two fronts hold equal values the heap compares the ListNode objects themselves and fails."""

import heapq


def merge_k_lists(lists):
    heap = [(node.val, node) for node in lists if node is not None]
    heapq.heapify(heap)
    dummy = tail = ListNode()  # noqa: F821 - ListNode is given to the solution
    while heap:
        _, node = heapq.heappop(heap)
        tail.next = tail = node
        if node.next is not None:
            heapq.heappush(heap, (node.next.val, node.next))
    tail.next = None
    return dummy.next
