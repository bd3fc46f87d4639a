"""One deque for the whole walk; the queue's length at the start of a floor says how many
nodes belong to it."""

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
            if node.left is not None:
                queue.append(node.left)
            if node.right is not None:
                queue.append(node.right)
        out.append(floor)
    return out
