"""Builds a mirrored copy level by level with a queue, leaving the input tree untouched."""

from collections import deque


def invert_tree(root):
    if root is None:
        return None
    copy = TreeNode(root.val)  # TreeNode is provided by the judge  # noqa: F821
    queue = deque([(root, copy)])
    while queue:
        old, new = queue.popleft()
        if old.right is not None:
            new.left = TreeNode(old.right.val)  # noqa: F821
            queue.append((old.right, new.left))
        if old.left is not None:
            new.right = TreeNode(old.left.val)  # noqa: F821
            queue.append((old.left, new.right))
    return copy
