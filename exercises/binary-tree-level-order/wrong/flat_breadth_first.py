"""Returns every value in one flat breadth-first list, losing where one floor ends and the next begins."""

from collections import deque


def level_order(root):
    if root is None:
        return []
    values = []
    queue = deque([root])
    while queue:
        node = queue.popleft()
        values.append(node.val)
        for child in (node.left, node.right):
            if child is not None:
                queue.append(child)
    return [values]
