"""Walks from the head remembering each node's position by id(); the first node seen again
is the start of the loop (O(n) extra space)."""


def cycle_start(head):
    position = {}
    node, index = head, 0
    while node is not None:
        if id(node) in position:
            return position[id(node)]
        position[id(node)] = index
        node, index = node.next, index + 1
    return -1
