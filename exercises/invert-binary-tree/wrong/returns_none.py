"""Mirrors the tree in place but never returns anything, so the caller gets None."""


def invert_tree(root):
    if root is None:
        return
    root.left, root.right = root.right, root.left
    invert_tree(root.left)
    invert_tree(root.right)
