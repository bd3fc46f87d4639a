"""Treats the empty tree like a leaf and returns 1 for it instead of 0."""


def max_depth(root):
    if root is None or (root.left is None and root.right is None):
        return 1
    return 1 + max(max_depth(root.left), max_depth(root.right))
