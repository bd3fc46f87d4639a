"""Queues the right child before the left one, so every floor comes out right to left."""

from collections import deque


def level_order(root):
    if root is None:
        return []
    out = []
    queue = deque([root])
    while queue:
        floor = []
        for _ in range(len(queue)):
            node = queue.popleft()
            floor.append(node.val)
            for child in (node.right, node.left):
                if child is not None:
                    queue.append(child)
        out.append(floor)
    return out
